/// A route in a disrupted network beside the undisrupted baseline.
public struct DisruptionImpact: Hashable, Sendable, Codable {
  public var baseline: Itinerary?
  public var disrupted: Itinerary
  /// Whether the disrupted route takes other services than the baseline.
  public var rerouted: Bool
  public var costChange: Cents
  public var timeChange: Minutes
  public var co2Change: Grams

  /// The change from `baseline` (nil when the undisrupted network has no route either) to
  /// `disrupted`.
  public init(baseline: Itinerary?, disrupted: Itinerary) {
    let before = baseline?.routeTotals ?? disrupted.routeTotals
    self.baseline = baseline
    self.disrupted = disrupted
    rerouted = baseline.map { $0.legs.map(\.service) != disrupted.legs.map(\.service) } ?? true
    costChange = disrupted.totals.costCents - before.cost
    timeChange = disrupted.totals.timeMinutes - before.time
    co2Change = disrupted.totals.co2Grams - before.co2
  }
}
