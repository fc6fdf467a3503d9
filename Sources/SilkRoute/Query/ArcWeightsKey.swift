/// What an unconstrained query's per-arc weights (`ArcWeights`) depend on, and nothing else: the
/// cargo (tariffs, classes, payload), the modes it may use, the day whose services are valid, and
/// the destination's customs territory when a transit crossing enters it (its entry is cleared in
/// full); nil for the weights without a destination, every transit crossing cleared in transit.
struct ArcWeightsKey: Hashable, Sendable {
  var cargo: Cargo
  var modes: Set<Mode>
  var day: Int32?
  var destinationTerritory: TerritoryID?
}
