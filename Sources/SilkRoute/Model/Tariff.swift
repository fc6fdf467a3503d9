/// What a service or a handling step charges: per container, per kilogram, with a minimum.
public struct Tariff: Hashable, Sendable, Codable {
  public var perTEU: Cents?
  public var perFEU: Cents?
  /// Per kilogram of payload (LCL, groupage, air freight).
  public var perKilogram: Cents?
  /// Minimum per shipment, applied to per-kg charges.
  public var minimumCharge: Cents?

  public init(
    perTEU: Cents? = nil, perFEU: Cents? = nil, perKilogram: Cents? = nil,
    minimumCharge: Cents? = nil
  ) {
    self.perTEU = perTEU
    self.perFEU = perFEU
    self.perKilogram = perKilogram
    self.minimumCharge = minimumCharge
  }

  /// The charge for `cargo`, or `nil` when this tariff has no rate that applies to it.
  ///
  /// Containers pay the per-container rate of each type (mixed equipment: the sum over its
  /// types); lacking a rate for any type, the per-kg rate on the whole payload, at least the
  /// minimum charge (once). Loose cargo pays the per-kg rate, at least the minimum charge.
  public func charge(for cargo: Cargo) -> Cents? {
    let loads = cargo.containerLoads
    let rates = loads.map { $0.unit == .teu ? perTEU : perFEU }
    if !loads.isEmpty, rates.allSatisfy({ $0 != nil }) {
      return zip(loads, rates).reduce(Cents.zero) { $0 + ($1.1 ?? .zero) * $1.0.count }
    }
    guard let perKilogram else { return nil }
    let byWeight = perKilogram * cargo.payloadKilograms
    return max(byWeight, minimumCharge ?? .zero)
  }

  /// Whether any rate is set.
  public var isEmpty: Bool {
    perTEU == nil && perFEU == nil && perKilogram == nil
  }
}

extension Tariff {
  /// Every rate multiplied by `factor` ten-thousandths (an index moving an older tariff to the
  /// dataset's period), rounded half up to whole cents.
  public func scaled(by factor: Int64) -> Tariff {
    func scale(_ cents: Cents?) -> Cents? {
      cents.map { Cents(($0.rawValue * factor + 5_000) / 10_000) }
    }
    return Tariff(
      perTEU: scale(perTEU), perFEU: scale(perFEU), perKilogram: scale(perKilogram),
      minimumCharge: scale(minimumCharge))
  }
}
