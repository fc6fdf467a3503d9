import ArgumentParser
import SilkRoute
import SilkRouteServer

/// `silkroute serve`: the HTTP service (`POST /v1/routes` and friends) over the loaded network,
/// until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract:
      "Serve route quotes over HTTP (POST /v1/routes, POST /v1/matrix, GET /v1/cities, /openapi.json …).")

  static let defaults = ServerConfiguration()

  @Option(help: "Address to listen on.") var host = "127.0.0.1"
  @Option(help: "TCP port (0: any free port).") var port = 8080
  @Option(help: "Seconds one route request may search (0: no limit); past it, 422 budget-exceeded.")
  var searchTimeLimit = Self.seconds(ServerConfiguration.defaultSearchLimits.time ?? .zero)
  @Option(help: "Labels one search may create (memory: ~200 bytes each); past it, 422 search-too-large.")
  var searchLabelLimit = ServerConfiguration.defaultSearchLimits.labels
  @Option(
    help:
      "Memory one search may use instead of --search-label-limit: 64MiB, 1GiB; a Pareto front it stops lists the routes proved."
  )
  var searchMemory: String?
  @Option(
    help:
      "Heavy requests (Pareto, alternatives, --arrive-by, via) searching at once (default: half the cores).")
  var heavySearches = Self.defaults.heavySearches
  @Option(help: "Other route requests searching at once.") var quickSearches = Self.defaults.quickSearches
  @Option(help: "Seconds a request waits for a search thread before a 503 with Retry-After.")
  var queueTimeout = Self.seconds(Self.defaults.searchQueueTimeout)
  @Option(help: "Seconds a request body may take to arrive; past it, 408.")
  var bodyTimeout = Self.seconds(Self.defaults.bodyReadTimeout)
  @Option(help: "On SIGTERM, seconds open responses may take to go out before the connections close.")
  var drainTimeout = Self.seconds(Self.defaults.shutdownDrainTimeout)
  @Option(
    help: "Seconds one POST /v1/matrix may take in all (0: no limit); later cells carry budget-exceeded.")
  var matrixTimeLimit = Self.seconds(Self.defaults.matrixTimeLimit ?? .zero)
  @Option(help: "Most cells one POST /v1/matrix may ask for; past it, 422 matrix-too-large.")
  var matrixCellLimit = Self.defaults.maxMatrixCells
  @Option(
    help:
      "Most services GET /v1/network.svg draws the whole network for (drawn on first request); past it, 403.")
  var diagramServiceLimit = Self.defaults.networkDiagramServiceLimit
  @OptionGroup var database: DatabaseOptions

  static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
    guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
    for (flag, value) in [
      ("--search-time-limit", searchTimeLimit), ("--queue-timeout", queueTimeout),
      ("--body-timeout", bodyTimeout), ("--drain-timeout", drainTimeout),
      ("--matrix-time-limit", matrixTimeLimit),
    ] {
      guard value.isFinite, (0...86_400).contains(value) else {
        throw ValidationError("\(flag) must be 0 to 86400 seconds")
      }
    }
    guard diagramServiceLimit >= 0 else {
      throw ValidationError("--diagram-service-limit must be at least 0")
    }
    guard matrixCellLimit >= 1 else { throw ValidationError("--matrix-cell-limit must be at least 1") }
    guard searchLabelLimit >= 1 else { throw ValidationError("--search-label-limit must be at least 1") }
    _ = try labelLimit()
    guard (1...256).contains(heavySearches) else {
      throw ValidationError("--heavy-searches must be 1 to 256")
    }
    guard (1...256).contains(quickSearches) else {
      throw ValidationError("--quick-searches must be 1 to 256")
    }
  }

  /// Labels per search: `--search-memory` in labels when given, else `--search-label-limit`.
  func labelLimit() throws -> Int {
    guard let searchMemory else { return searchLabelLimit }
    guard let bytes = MemorySize.parse(searchMemory), bytes >= SearchLimits.bytesPerLabel else {
      throw ValidationError(
        "--search-memory: '\(ErrorWording.escaped(searchMemory))' must be a size like 64MiB or 1GiB (at least 1KiB)"
      )
    }
    return SearchLimits(memory: bytes).labels
  }

  func run() async throws {
    let service = try database.loadService()
    try await SilkRouteServer.run(
      service: service,
      configuration: ServerConfiguration(
        host: host, port: port,
        networkTitle: database.db == nil ? "SCODA multimodal freight network" : nil,
        networkDiagramServiceLimit: diagramServiceLimit,
        searchLimits: SearchLimits(
          time: searchTimeLimit > 0 ? .milliseconds(Int64((searchTimeLimit * 1000).rounded())) : nil,
          labels: try labelLimit()),
        heavySearches: heavySearches, quickSearches: quickSearches,
        searchQueueTimeout: .milliseconds(Int64((queueTimeout * 1000).rounded())),
        bodyReadTimeout: .milliseconds(Int64((bodyTimeout * 1000).rounded())),
        shutdownDrainTimeout: .milliseconds(Int64((drainTimeout * 1000).rounded())),
        maxMatrixCells: matrixCellLimit,
        matrixTimeLimit: matrixTimeLimit > 0 ? .milliseconds(Int64((matrixTimeLimit * 1000).rounded())) : nil)
    )
  }
}
