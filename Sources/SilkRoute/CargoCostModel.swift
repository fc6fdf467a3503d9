/// The weight of every arc for one shipment: tariffs for the cargo, handling, customs clearance
/// and emissions. The search calls it; the relax loop never looks at modes or tariffs itself.
public struct CargoCostModel: Sendable {
  public let network: TransportNetwork
  public let cargo: Cargo
  public let allowedModes: Set<Mode>

  public init(network: TransportNetwork, cargo: Cargo, allowedModes: Set<Mode> = Set(Mode.allCases)) {
    self.network = network
    self.cargo = cargo
    self.allowedModes = allowedModes
  }

  /// Cost, time and CO2 of taking `arc`, or `nil` if the cargo cannot use it.
  public func weight(of arc: Int) -> RouteTotals? {
    var totals: RouteTotals
    let service = network.arcService[arc]
    if service >= 0 {
      let record = network.data.services[Int(service)]
      guard allowedModes.contains(record.mode), record.cargoClasses.contains(cargo.cargoClass),
        let charge = record.tariff.charge(for: cargo)
      else { return nil }
      totals = RouteTotals(
        cost: charge, time: record.transit,
        co2: record.co2Intensity.emissions(
          kilograms: cargo.payloadKilograms, over: record.distance))
    } else {
      let record = network.data.transfers[Int(network.arcTransfer[arc])]
      guard let charge = record.tariff.charge(for: cargo) else { return nil }
      totals = RouteTotals(cost: charge, time: record.time, co2: .zero)
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
