/// The emission factors of a network (`Data/emission_factors.csv`) as lookups: the transport row
/// of a mode and well-to-wheel intensity, and the hub row of the terminal where a transfer is
/// handled. Empty for networks that give none: then hubs emit nothing and tank-to-wheel figures
/// are unknown.
public struct EmissionFactors: Sendable {
  private var transport: [Key: EmissionFactorRecord] = [:]
  /// Hub rows by `Mode.order`.
  private var hubs: [EmissionFactorRecord?] = Array(repeating: nil, count: Mode.allCases.count)

  private struct Key: Hashable {
    var mode: Mode
    var intensity: Int64
  }

  public init(_ records: [EmissionFactorRecord]) {
    for record in records {
      switch record.kind {
      case .transport:
        if let wtw = record.wtwIntensity {
          transport[Key(mode: record.mode, intensity: wtw.rawValue)] = record
        }
      case .hub:
        hubs[record.mode.order] = record
      }
    }
  }

  /// The transport row describing services of `mode` with well-to-wheel `intensity`.
  public func transport(_ mode: Mode, _ intensity: GramsPerTonneKilometre) -> EmissionFactorRecord? {
    transport[Key(mode: mode, intensity: intensity.rawValue)]
  }

  /// The hub row of `mode`'s terminals.
  public func hub(_ mode: Mode) -> EmissionFactorRecord? { hubs[mode.order] }

  /// Where a transfer between terminals of modes `a` and `b` is handled: at the port if either is
  /// one, else the airport, else the rail terminal (a road–rail lift, a gauge change), else road.
  public static func hubMode(_ a: Mode, _ b: Mode) -> Mode {
    let precedence: [Mode] = [.sea, .air, .rail, .road]
    return precedence.first { $0 == a || $0 == b } ?? a
  }

  /// The hub row where a transfer between terminals of modes `a` and `b` is handled, if any.
  public func hub(between a: Mode, and b: Mode) -> EmissionFactorRecord? { hub(Self.hubMode(a, b)) }

  /// Well-to-wheel grams of handling `kilograms` in a transfer between modes `a` and `b`: what the
  /// route's CO2 criterion counts for the transfer (zero without a hub row).
  public func hubEmissions(between a: Mode, and b: Mode, kilograms: Int64) -> Grams {
    hub(between: a, and: b)?.hubWTW?.emissions(kilograms: kilograms) ?? .zero
  }
}
