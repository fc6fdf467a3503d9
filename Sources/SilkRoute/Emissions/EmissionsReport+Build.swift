extension EmissionsReport {
  /// What the report needs of a service: its WTW intensity and the sources of it.
  public struct ServiceFactor: Sendable {
    public var intensity: GramsPerTonneKilometre
    public var sources: [String]
    public init(intensity: GramsPerTonneKilometre, sources: [String]) {
      self.intensity = intensity
      self.sources = sources
    }
  }

  /// The report of `itinerary` on `network`: its legs' factors from the services and
  /// `emission_factors.csv`, its transfers' hub factors.
  public init(itinerary: Itinerary, network: TransportNetwork) {
    self.init(
      steps: itinerary.steps, payloadKg: itinerary.cargo.payloadKilograms,
      factors: network.emissionFactors
    ) { id in
      network.serviceID(id).map { index in
        let service = network.service(index)
        return ServiceFactor(intensity: service.co2Intensity, sources: service.co2Sources)
      }
    }
  }

  /// The report of a route's `steps` for a payload of `payloadKg`: each leg's WTW is the CO2 the
  /// route counted for it, its TTW the tank-to-wheel factor of its mode and WTW intensity; each
  /// transfer's WTW and TTW the hub factor of the terminal where it is handled.
  public init(
    steps: [ItineraryStep], payloadKg: Int64, factors: EmissionFactors,
    service: (String) -> ServiceFactor?
  ) {
    var legs: [EmissionsLeg] = []
    var hubs: [EmissionsHub] = []
    for step in steps {
      switch step {
      case .leg(let leg):
        let own = service(leg.service)
        let row = own.flatMap { factors.transport(leg.mode, $0.intensity) }
        let ttw = row?.ttwIntensity
        legs.append(
          EmissionsLeg(
            service: leg.service, mode: leg.mode, from: leg.from.id, to: leg.to.id,
            distanceKm: leg.distanceKm,
            payloadKg: payloadKg, tonneKm: Self.tonneKilometres(kilograms: payloadKg, over: leg.distanceKm),
            energy: row.map(\.energy), wtwGramsPerTkm: own?.intensity, ttwGramsPerTkm: ttw,
            wtwGrams: leg.co2Grams, ttwGrams: ttw?.emissions(kilograms: payloadKg, over: leg.distanceKm),
            sources: Self.unique((own?.sources ?? []) + (row?.sources ?? []))))
      case .transfer(let transfer):
        let mode = EmissionFactors.hubMode(transfer.from.mode, transfer.to.mode)
        let row = factors.hub(mode)
        let terminal = transfer.from.mode == mode ? transfer.from.id : transfer.to.id
        hubs.append(
          EmissionsHub(
            transfer: transfer.transfer, kind: transfer.kind, terminal: terminal, hubMode: mode,
            payloadKg: payloadKg, wtwGramsPerTonne: row?.hubWTW, ttwGramsPerTonne: row?.hubTTW,
            wtwGrams: factors.hubEmissions(
              between: transfer.from.mode, and: transfer.to.mode, kilograms: payloadKg),
            ttwGrams: row?.hubTTW?.emissions(kilograms: payloadKg) ?? .zero,
            sources: row?.sources ?? []))
      case .border, .document, .fee:
        break
      }
    }
    self.init(payloadKg: payloadKg, legs: legs, hubs: hubs)
  }

  private static func unique(_ ids: [String]) -> [String] {
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
  }
}
