import SilkRoute

/// A small line of cities written out record by record, for the planner's tests that check answers by hand
/// (one FEU; the builder's and the network's tests use `LiteralNetwork`):
///
///     Alpha ─road 10 h, USD 1,000─ Bravo ─road 10 h, USD 1,000─ Charlie      Delta
///       └───────────────────rail 5 h, USD 3,000────────────────────┘      (no service)
///
/// One country and customs territory (`XA`); Alpha and Charlie each have a road depot and a rail
/// terminal joined by a mode change (1 h, USD 50). Road emits three times what rail does per
/// tonne-kilometre. Bravo is also called "Midway", and Charlie has the LOCODE `XA CHA`. Every
/// service is one-way (Alpha towards Charlie).
enum LineNetwork {
  static let sources = ["s"]

  static func data() -> NetworkData {
    var data = NetworkData()
    data.sources = [SourceRecord(id: "s", kind: .estimate, citation: "literal test data")]
    data.customsTerritories = [
      CustomsTerritoryRecord(
        id: "ta", name: "Territory A", entryClearance: .zero, entryClearanceCost: .zero, sources: sources)
    ]
    data.countries = [CountryRecord(code: "XA", name: "Xanadu", customsTerritory: "ta", sources: sources)]
    data.cities = [
      CityRecord(id: "alpha", name: "Alpha", country: "XA", latitude: 0, longitude: 0, sources: sources),
      CityRecord(
        id: "bravo", name: "Bravo", country: "XA", latitude: 0, longitude: 1, aliases: ["Midway"],
        sources: sources),
      CityRecord(
        id: "charlie", name: "Charlie", country: "XA", latitude: 0, longitude: 2, locode: "XA CHA",
        sources: sources),
      CityRecord(id: "delta", name: "Delta", country: "XA", latitude: 1, longitude: 2, sources: sources),
    ]
    data.terminals = [
      TerminalRecord(id: "alpha-road", city: "alpha", mode: .road, name: "Alpha depot", sources: sources),
      TerminalRecord(
        id: "alpha-rail", city: "alpha", mode: .rail, name: "Alpha rail", gauge: .standard, sources: sources),
      TerminalRecord(id: "bravo-road", city: "bravo", mode: .road, name: "Bravo depot", sources: sources),
      TerminalRecord(
        id: "charlie-road", city: "charlie", mode: .road, name: "Charlie depot", sources: sources),
      TerminalRecord(
        id: "charlie-rail", city: "charlie", mode: .rail, name: "Charlie rail", gauge: .standard,
        sources: sources),
      TerminalRecord(id: "delta-road", city: "delta", mode: .road, name: "Delta depot", sources: sources),
    ]
    data.carriers = [
      CarrierRecord(id: "trucks", name: "Trucks", country: "XA", kind: .operator, sources: sources),
      CarrierRecord(id: "trains", name: "Trains", country: "XA", kind: .operator, sources: sources),
    ]
    data.services = [
      service(
        "ab-road", .road, carrier: "trucks", from: "alpha-road", to: "bravo-road", hours: 10, dollars: 1000),
      service(
        "bc-road", .road, carrier: "trucks", from: "bravo-road", to: "charlie-road", hours: 10, dollars: 1000),
      service(
        "ac-rail", .rail, carrier: "trains", from: "alpha-rail", to: "charlie-rail", hours: 5, dollars: 3000),
    ]
    data.transfers = ["alpha", "charlie"].map { city in
      TransferRecord(
        id: "\(city)-change", kind: .modeChange, from: "\(city)-road", to: "\(city)-rail",
        bidirectional: true,
        time: .hours(1), tariff: Tariff(perFEU: Cents(5000)), timeSources: sources, costSources: sources)
    }
    return data
  }

  static func network() throws -> TransportNetwork { try TransportNetwork(data()) }

  /// The network compiled once (the literal data is valid: `RoutePlannerTests` checks it).
  static let compiled: TransportNetwork = {
    guard let network = try? network() else { preconditionFailure("LineNetwork does not compile") }
    return network
  }()

  static func service(
    _ id: String, _ mode: Mode, carrier: String, from: String, to: String, hours: Int64, dollars: Int64
  ) -> ServiceRecord {
    ServiceRecord(
      id: id, mode: mode, carrier: carrier, from: from, to: to, bidirectional: false,
      distance: Kilometres(500), transit: .hours(hours), tariff: Tariff(perFEU: Cents(dollars * 100)),
      co2Intensity: GramsPerTonneKilometre(mode == .road ? 60 : 20), distanceSources: sources,
      timeSources: sources, tariffSources: sources, co2Sources: sources)
  }
}
