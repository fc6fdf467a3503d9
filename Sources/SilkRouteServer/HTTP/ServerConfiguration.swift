import Foundation
import SilkRoute

/// How `silkroute serve` listens, what it accepts and what each request may spend.
public struct ServerConfiguration: Sendable {
  /// Address to bind (default loopback only).
  public var host: String
  /// TCP port; 0 picks a free one.
  public var port: Int
  /// Largest request body accepted; a larger one gets 413.
  public var maxBodyBytes: Int
  /// A connection with no traffic for this long is closed (slow or idle clients).
  public var idleTimeout: Duration
  /// Title of the network map's legend (nil: the diagram's default).
  public var networkTitle: String?
  /// The most services `GET /v1/network.svg` draws the whole network for; a larger network gets
  /// a 403 `diagram-too-large` problem that says how to draw part of it, and the map is never
  /// made. Under it, the map is made on its first request (not at start-up) and then kept.
  public var networkDiagramServiceLimit: Int
  /// What one `POST /v1/routes` may spend: wall-clock time for its whole answer and labels per
  /// search. Over either, 422 (`budget-exceeded`, `search-too-large`).
  public var searchLimits: SearchLimits
  /// Most cells one `POST /v1/matrix` may ask for; a larger matrix gets a 422
  /// `matrix-too-large` before any is computed.
  public var maxMatrixCells: Int
  /// What one `POST /v1/matrix` may take in all (each cell also keeps to `searchLimits`): a cell
  /// running then is stopped, and the cells not started carry `budget-exceeded` (nil: no limit).
  public var matrixTimeLimit: Duration?
  /// Largest body `POST /v1/batch` accepts (its rows, at most `maxMatrixCells` of them, keep to
  /// the matrix's limits); a larger one gets 413.
  public var maxBatchBodyBytes = 8 * 1024 * 1024
  /// Threads for heavy requests (Pareto fronts, alternatives, latest departures, via points):
  /// at most this many run at once.
  public var heavySearches: Int
  /// Threads for the other route requests.
  public var quickSearches: Int
  /// How long a request waits for a search thread before a 503 with `Retry-After`.
  public var searchQueueTimeout: Duration
  /// Requests that may wait for a search thread in each lane; more get a 503 at once.
  public var maxQueuedSearches: Int
  /// The whole request body must arrive within this time; a slower one gets 408.
  public var bodyReadTimeout: Duration
  /// On SIGTERM, how long responses being written may take to go out before their connections
  /// are closed anyway.
  public var shutdownDrainTimeout: Duration

  /// The default budget: far above what the bundled network's heaviest ordinary requests need
  /// (measured in a debug build: a four-criteria Pareto front through two via cities 10,422
  /// labels and 0.24 s, a latest departure 2,020 labels and 0.39 s, 20 alternatives 0.05 s;
  /// through four via cities 136,461 labels and 6 s), well below the request that held a core
  /// for 17 s and 330 MB (ten via cities). 500,000 labels take 100 to 200 MB.
  public static let defaultSearchLimits = SearchLimits(time: .seconds(5), labels: 500_000)

  /// The default map limit. Drawing grows faster than the network (synthetic networks, release
  /// build, two busy cores): 10,000 services 1.0 s and 86 MB, 30,000 5.7 s and 277 MB, 60,000
  /// 19.5 s and 819 MB; the bundled network's 134 services 0.13 s. At 20,000 a first request
  /// waits a few seconds for a map of ~5 MB, already too dense to read.
  public static let defaultNetworkDiagramServiceLimit = 20_000

  public init(
    host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 64 * 1024,
    idleTimeout: Duration = .seconds(30), networkTitle: String? = nil,
    networkDiagramServiceLimit: Int = ServerConfiguration.defaultNetworkDiagramServiceLimit,
    searchLimits: SearchLimits = ServerConfiguration.defaultSearchLimits,
    heavySearches: Int = ServerConfiguration.defaultHeavySearches, quickSearches: Int = 2,
    searchQueueTimeout: Duration = .seconds(10), maxQueuedSearches: Int = 32,
    bodyReadTimeout: Duration = .seconds(10), shutdownDrainTimeout: Duration = .seconds(30),
    maxMatrixCells: Int = 10_000, matrixTimeLimit: Duration? = .seconds(60)
  ) {
    self.maxMatrixCells = maxMatrixCells
    self.matrixTimeLimit = matrixTimeLimit
    self.host = host
    self.port = port
    self.maxBodyBytes = maxBodyBytes
    self.idleTimeout = idleTimeout
    self.networkTitle = networkTitle
    self.networkDiagramServiceLimit = networkDiagramServiceLimit
    self.searchLimits = searchLimits
    self.heavySearches = heavySearches
    self.quickSearches = quickSearches
    self.searchQueueTimeout = searchQueueTimeout
    self.maxQueuedSearches = maxQueuedSearches
    self.bodyReadTimeout = bodyReadTimeout
    self.shutdownDrainTimeout = shutdownDrainTimeout
  }

  /// Half the cores (at least one), so heavy searches leave the rest to everything else.
  public static var defaultHeavySearches: Int { max(1, ProcessInfo.processInfo.activeProcessorCount / 2) }
}
