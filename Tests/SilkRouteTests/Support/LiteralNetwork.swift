import SilkRoute

/// A small network written out record by record (no store, no CSV), for the builder's and the
/// network's tests. Drawn:
///
/// ```
///   qingdao-sea ═m1═ qingdao-rail ──s1 (both ways, timetabled forward)── khorgos-rail
///                                                                            ║ g1 gauge change,
///                                                                            ║ border crossing
///   almaty-road      almaty-rail ◀──s2 (one way)── altynkol-rail ════════════╝ khorgos-altynkol
/// ```
///
/// Qingdao and Khorgos are in CN (customs territory `cn`), Altynkol and Almaty in KZ (`eaeu`).
enum LiteralNetwork {
  static let sources = ["s"]

  static func data() -> NetworkData {
    var data = NetworkData()
    data.sources = [SourceRecord(id: "s", kind: .estimate, citation: "written in the test")]
    data.customsTerritories = [
      CustomsTerritoryRecord(
        id: "cn", name: "China", entryClearance: Minutes(120), entryClearanceCost: Cents(10_000),
        sources: sources),
      CustomsTerritoryRecord(
        id: "eaeu", name: "Eurasian Economic Union", entryClearance: Minutes(240),
        entryClearanceCost: Cents(20_000), sources: sources),
    ]
    data.countries = [
      CountryRecord(code: "CN", name: "China", customsTerritory: "cn", sources: sources),
      CountryRecord(code: "KZ", name: "Kazakhstan", customsTerritory: "eaeu", sources: sources),
    ]
    data.cities = [
      city("qingdao", "CN"), city("khorgos", "CN"), city("altynkol", "KZ"), city("almaty", "KZ"),
    ]
    data.terminals = [
      TerminalRecord(id: "qingdao-sea", city: "qingdao", mode: .sea, name: "Qingdao port", sources: sources),
      TerminalRecord(
        id: "qingdao-rail", city: "qingdao", mode: .rail, name: "Qingdao rail", gauge: .standard,
        sources: sources),
      TerminalRecord(
        id: "khorgos-rail", city: "khorgos", mode: .rail, name: "Khorgos rail", gauge: .standard,
        sources: sources),
      TerminalRecord(
        id: "altynkol-rail", city: "altynkol", mode: .rail, name: "Altynkol rail", gauge: .russian,
        sources: sources),
      TerminalRecord(
        id: "almaty-rail", city: "almaty", mode: .rail, name: "Almaty rail", gauge: .russian, sources: sources
      ),
      TerminalRecord(id: "almaty-road", city: "almaty", mode: .road, name: "Almaty trucks", sources: sources),
    ]
    data.carriers = [
      CarrierRecord(
        id: "crct", name: "China Railway Container", country: "CN", kind: .railway, sources: sources),
      CarrierRecord(
        id: "ktz", name: "Kazakhstan Temir Zholy", country: "KZ", kind: .railway, sources: sources),
    ]
    data.borderCrossings = [
      BorderCrossingRecord(
        id: "khorgos-altynkol", name: "Khorgos–Altynkol", fromCity: "khorgos", toCity: "altynkol",
        clearance: Minutes(600), clearanceCost: Cents(30_000), sources: sources)
    ]
    data.services = [
      rail("s1", carrier: "crct", from: "qingdao-rail", to: "khorgos-rail", bidirectional: true),
      rail("s2", carrier: "ktz", from: "altynkol-rail", to: "almaty-rail", bidirectional: false),
    ]
    data.transfers = [
      TransferRecord(
        id: "g1", kind: .gaugeChange, from: "khorgos-rail", to: "altynkol-rail", bidirectional: true,
        time: Minutes(480), tariff: Tariff(perFEU: Cents(40_000)), timeSources: sources, costSources: sources),
      TransferRecord(
        id: "m1", kind: .modeChange, from: "qingdao-sea", to: "qingdao-rail", bidirectional: true,
        time: Minutes(360), tariff: Tariff(perFEU: Cents(15_000)), timeSources: sources, costSources: sources),
    ]
    data.timetables = [
      TimetableRecord(
        service: "s1", direction: .forward, weekdays: [.mon], departures: [8 * 60], utcOffsetMinutes: 480,
        sources: sources)
    ]
    data.documentRegimes = [
      DocumentRegimeRecord(
        regime: .smgs, name: "SMGS", convention: "SMGS", isTransitDocument: true, liabilityPerKilogram: nil,
        liabilityPerPackage: nil, newDocumentCost: Cents(5_000), newDocumentTime: Minutes(60),
        sources: sources)
    ]
    data.operators = [
      OperatorRecord(
        id: "op", name: "Operator", country: "CN", places: ["CN", "KZ"], absorbsRegimeBreaks: false,
        liabilityPerKilogram: nil, fee: Cents(7_000), illustrative: true, sources: sources)
    ]
    data.operatorCoverage = [OperatorCoverageRecord(operatorID: "op", carrier: "crct", sources: sources)]
    return data
  }

  static func city(_ id: String, _ country: String) -> CityRecord {
    CityRecord(id: id, name: id.capitalized, country: country, latitude: 43, longitude: 80, sources: sources)
  }

  static func rail(
    _ id: String, carrier: String, from: String, to: String, bidirectional: Bool
  ) -> ServiceRecord {
    ServiceRecord(
      id: id, mode: .rail, carrier: carrier, from: from, to: to, bidirectional: bidirectional,
      distance: Kilometres(1_000), transit: Minutes(2_880), tariff: Tariff(perFEU: Cents(150_000)),
      co2Intensity: GramsPerTonneKilometre(20), document: .smgs, distanceSources: sources,
      timeSources: sources, tariffSources: sources, co2Sources: sources)
  }
}
