/// Hard constraints on a route: a route that breaks one is never returned.
public struct RouteConstraints: Hashable, Sendable, Codable {
  /// ISO 3166-1 alpha-2 codes (or country names) whose terminals the route may not touch.
  public var avoidCountries: [String] = []
  public var avoidModes: Set<Mode> = []
  /// Carrier ids or names.
  public var avoidCarriers: [String] = []
  /// Border crossings (id or name, e.g. `brest-malaszewicze`) or straits and canals (`suez`).
  public var avoidCrossings: [String] = []
  /// Cities the route must pass, in this order.
  public var via: [String] = []
  public var maxLegs: Int?
  /// Most transfers (mode changes, gauge changes, transshipments).
  public var maxTransfers: Int?
  public var budget: Cents?
  /// Longest door-to-door time (from the departure, waits included).
  public var maxDuration: Minutes?
  /// Only routes that travel under one transport document (a through multimodal B/L, or one
  /// carrier's own document).
  public var singleDocument = false

  public init(
    avoidCountries: [String] = [], avoidModes: Set<Mode> = [], avoidCarriers: [String] = [],
    avoidCrossings: [String] = [], via: [String] = [], maxLegs: Int? = nil, maxTransfers: Int? = nil,
    budget: Cents? = nil, maxDuration: Minutes? = nil
  ) {
    self.avoidCountries = avoidCountries
    self.avoidModes = avoidModes
    self.avoidCarriers = avoidCarriers
    self.avoidCrossings = avoidCrossings
    self.via = via
    self.maxLegs = maxLegs
    self.maxTransfers = maxTransfers
    self.budget = budget
    self.maxDuration = maxDuration
  }

  public static let none = RouteConstraints()

  /// Whether any constraint needs resource labels (more than a scalar Dijkstra).
  var hasBounds: Bool {
    maxLegs != nil || maxTransfers != nil || budget != nil || maxDuration != nil || singleDocument
  }
}
