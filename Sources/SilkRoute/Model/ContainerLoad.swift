/// A number of containers of one type: one part of a mixed shipment (`2xFEU+1xTEU`).
public struct ContainerLoad: Hashable, Sendable, Codable, CustomStringConvertible {
  /// `TEU` or `FEU`.
  public var unit: Cargo.Unit
  public var count: Int64

  public init(_ count: Int64, _ unit: Cargo.Unit) {
    self.unit = unit
    self.count = count
  }

  /// Payload assumed for per-kg tariffs and CO2: ``Cargo/kilogramsPerTEU`` per TEU, twice that
  /// per FEU.
  public var payloadKilograms: Int64 {
    switch unit {
    case .teu: count * Cargo.kilogramsPerTEU
    case .feu: count * 2 * Cargo.kilogramsPerTEU
    case .kilograms: 0
    }
  }

  public var description: String { "\(count)x\(unit.rawValue)" }
}
