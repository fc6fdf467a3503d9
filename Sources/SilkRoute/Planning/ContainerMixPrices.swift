/// The per-arc prices of the container mixes a container offer routes, to skip a mix that one
/// already routed costs no more on every arc: on every route it then costs no less, so its best
/// route is no cheaper (customs, documents and fees do not depend on the mix; times and CO2e are
/// the same for mixes carrying the same weight).
struct ContainerMixPrices {
  let network: TransportNetwork
  let allowedModes: Set<Mode>
  /// The prices of the mixes admitted last (a few: enough for the usual case where the first mix
  /// costs no more than any other).
  private var admitted: [[Cents?]] = []
  private static let kept = 4

  init(network: TransportNetwork, allowedModes: Set<Mode>) {
    self.network = network
    self.allowedModes = allowedModes
  }

  /// Whether `mix` is worth routing: false when a mix admitted before costs no more on every
  /// arc it may use (and may use every arc `mix` may); else its prices are kept and true.
  mutating func admit(_ mix: Cargo) -> Bool {
    let model = CargoCostModel(network: network, cargo: mix, allowedModes: allowedModes)
    let prices = (0..<network.arcCount).map { model.weight(of: $0)?.cost }
    for other in admitted where Self.costsNoMore(other, than: prices) { return false }
    admitted.append(prices)
    if admitted.count > Self.kept { admitted.removeFirst() }
    return true
  }

  /// Whether `a` is usable wherever `b` is and costs no more there.
  static func costsNoMore(_ a: [Cents?], than b: [Cents?]) -> Bool {
    zip(a, b).allSatisfy { x, y in
      guard let y else { return true }
      guard let x else { return false }
      return x <= y
    }
  }
}
