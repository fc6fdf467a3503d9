/// A surcharge for one cargo class, on every service of a mode or on one service: an amount per
/// container and/or a percentage of the service's charge. A class a service does not list in its
/// `cargoClasses` is refused there whatever this table says.
public struct CargoClassSurchargeRecord: Hashable, Sendable, Codable {
  /// The mode whose services it applies to, or nil when `service` names one service.
  public var mode: Mode?
  /// The one service it applies to, or empty when `mode` is set.
  public var service: String
  public var cargoClass: CargoClass
  public var perTEU: Cents?
  public var perFEU: Cents?
  /// Percent of the service's charge for the cargo (containers or per kg); nil = none.
  public var percent: Int64?
  public var sources: [String]
  public var note: String

  public init(
    mode: Mode? = nil, service: String = "", cargoClass: CargoClass, perTEU: Cents? = nil,
    perFEU: Cents? = nil, percent: Int64? = nil, sources: [String], note: String = ""
  ) {
    self.mode = mode
    self.service = service
    self.cargoClass = cargoClass
    self.perTEU = perTEU
    self.perFEU = perFEU
    self.percent = percent
    self.sources = sources
    self.note = note
  }

  /// The extra charge for `cargo` on a service whose charge for it is `charge`.
  public func surcharge(for cargo: Cargo, on charge: Cents) -> Cents {
    var extra = Cents.zero
    for load in cargo.containerLoads {
      switch load.unit {
      case .teu: if let perTEU { extra += perTEU * load.count }
      case .feu: if let perFEU { extra += perFEU * load.count }
      case .kilograms: break
      }
    }
    if let percent { extra += Cents(charge.rawValue * percent / 100) }
    return extra
  }
}
