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
