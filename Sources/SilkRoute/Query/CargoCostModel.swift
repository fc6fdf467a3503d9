/// The weight of every arc for one shipment: tariffs for the cargo, handling, customs clearance
/// and emissions (legs per tonne-km, transfers per tonne handled). The search calls it; the relax loop never looks at modes or tariffs itself.
public struct CargoCostModel: Sendable {
  public let network: TransportNetwork
  public let cargo: Cargo
  public let allowedModes: Set<Mode>
  /// `allowedModes` as bits by `Mode.order`, for the per-arc test.
  private let modeBits: UInt8
  private let payloadKilograms: Int64
  /// Per service index: the surcharges of the cargo's class on it (`cargo_class_surcharges.csv`);
  /// empty for general cargo and for networks without surcharges.
  private let surcharges: [Int: [CargoClassSurchargeRecord]]
  /// The hubs' emission factors: a transfer emits its hub's WTW per tonne × payload.
  private let emissionFactors: EmissionFactors

  public init(network: TransportNetwork, cargo: Cargo, allowedModes: Set<Mode> = Set(Mode.allCases)) {
    self.network = network
    self.cargo = cargo
    self.allowedModes = allowedModes
    modeBits = allowedModes.reduce(0) { $0 | 1 << UInt8($1.order) }
    payloadKilograms = cargo.payloadKilograms
    surcharges = Self.surcharges(in: network.records, for: cargo.cargoClass)
    emissionFactors = network.emissionFactors
  }

  /// The surcharges that apply to `cargoClass`, by service index (records in `data.services` order):
  /// the service's own rows if it has any, else its mode's.
  package static func surcharges(in data: NetworkRecords, for cargoClass: CargoClass) -> [Int:
    [CargoClassSurchargeRecord]]
  {
    let rows = data.cargoClassSurcharges.filter { $0.cargoClass == cargoClass }
    guard !rows.isEmpty else { return [:] }
    var result: [Int: [CargoClassSurchargeRecord]] = [:]
    for (index, service) in data.services.enumerated() {
      // A row for the service itself replaces the rows for its mode.
      let own = rows.filter { $0.service == service.id }
      let matching = own.isEmpty ? rows.filter { $0.mode == service.mode } : own
      if !matching.isEmpty { result[index] = matching }
    }
    return result
  }

  /// Cost, time and CO2 of taking `arc`, or `nil` if the cargo cannot use it.
  public func weight(of arc: Int) -> RouteTotals? {
    var totals: RouteTotals
    let service = network.arcService[arc]
    if service >= 0 {
      let index = Int(service)
      guard modeBits & (1 << UInt8(network.serviceMode[index].order)) != 0,
        network.serviceCargoClasses[index].contains(cargo.cargoClass),
        var charge = network.serviceTariff[index].charge(for: cargo)
      else { return nil }
      if let extra = surcharges[index] {
        charge = extra.reduce(charge) { $0 + $1.surcharge(for: cargo, on: charge) }
      }
      totals = RouteTotals(
        cost: charge, time: network.serviceTransit[index],
        co2: network.serviceIntensity[index].emissions(
          kilograms: payloadKilograms, over: network.serviceDistance[index]))
    } else {
      let index = Int(network.arcTransfer[arc])
      guard let charge = network.transferTariff[index].charge(for: cargo) else { return nil }
      // ISO 14083 hub operation: the handling emits per tonne at the port, airport or rail terminal.
      let co2 = emissionFactors.hubEmissions(
        between: network.terminalMode[network.arcTail[arc].index],
        and: network.terminalMode[network.arcHead[arc].index], kilograms: payloadKilograms)
      totals = RouteTotals(cost: charge, time: network.transferTime[index], co2: co2)
    }
    let crossing = network.arcCrossing[arc]
    if crossing >= 0 {
      let customs = network.crossings[Int(crossing)]
      totals.cost += customs.cost
      totals.time += customs.clearance
    }
    return totals
  }
}
