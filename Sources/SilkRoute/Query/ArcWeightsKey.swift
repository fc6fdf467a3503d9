/// What an unconstrained query's per-arc weights (`ArcWeights`) depend on, and nothing else: the
/// cargo (tariffs, classes, payload), the modes it may use, the day whose services are valid, and
/// the destination's customs territory when a transit crossing enters it (its entry is cleared in
/// full); nil for the weights without a destination, every transit crossing cleared in transit.
struct ArcWeightsKey: Hashable, Sendable {
  var cargo: Cargo
  /// The modes as bits by `Mode.order` (a set of modes hashes element by element: slower than
  /// the rest of a cache lookup).
  var modes: UInt8
  var day: Int32?
  var destinationTerritory: TerritoryID?
}

extension ArcWeightsKey {
  init(cargo: Cargo, modes: Set<Mode>, day: Int32?, destinationTerritory: TerritoryID?) {
    self.init(cargo: cargo, modes: Self.bits(of: modes), day: day, destinationTerritory: destinationTerritory)
  }

  /// `modes` as bits by `Mode.order`.
  static func bits(of modes: Set<Mode>) -> UInt8 { modes.reduce(0) { $0 | 1 << UInt8($1.order) } }
}
