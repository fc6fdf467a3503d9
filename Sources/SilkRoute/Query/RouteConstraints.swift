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

/// A what-if scenario: parts of the network closed or delayed.
public struct Disruptions: Hashable, Sendable, Codable {
  public struct Delay: Hashable, Sendable, Codable {
    /// A city, terminal, service, transfer, border crossing or strait/canal.
    public var target: String
    public var delay: Minutes
    public init(target: String, delay: Minutes) {
      self.target = target
      self.delay = delay
    }
  }
  /// Cities, terminals, services, transfers, border crossings or straits/canals that are closed.
  public var closures: [String] = []
  public var delays: [Delay] = []
  /// The longest delay a what-if may give one element: a year. (The search adds delays into
  /// 64-bit minutes; without a bound, one of 2^63 - 1 minutes wrapped and crashed it.)
  public static let maximumDelay = Minutes.days(366)

  public init(closures: [String] = [], delays: [Delay] = []) {
    self.closures = closures
    self.delays = delays
  }
  public var isEmpty: Bool { closures.isEmpty && delays.isEmpty }
}

/// The criteria a Pareto search trades off.
public enum Criterion: String, CaseIterable, Sendable, Codable, Hashable {
  case cost, time, co2
  /// Number of transport documents (1 = one through bill of lading).
  case documents

  /// Cost, time and CO2: the default Pareto criteria.
  public static let standard: [Criterion] = [.cost, .time, .co2]
}
