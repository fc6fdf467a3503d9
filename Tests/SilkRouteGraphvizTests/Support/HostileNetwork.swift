import SilkRoute

/// A small valid network whose every name tries to break DOT, SVG or Graphviz's label
/// escapes: quotes, angle brackets, ampersands and entities, backslashes (`\N`, `\n`, a
/// trailing one), newlines and tabs, CDATA ends, record-label braces, and non-Latin text.
/// Two customs territories, a land crossing with a gauge change, and one service per mode.
enum HostileNetwork {
  static let names = [
    "Quote \" and <b>tags</b> & &nbsp; &#0; \\N \\G back\\slash \\",
    "Line one\nline two\ttab\r\u{0}end",
    "]]> <!-- comment --> <script>alert('x')</script>",
    "{record|<port> field} \\l \\r",
    "Кириллица 北京 🚂 café",
  ]

  /// The name as a diagram shows it: control characters become spaces.
  static func shown(_ name: String) -> String {
    String(
      String.UnicodeScalarView(
        name.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }

  static func data() -> NetworkData {
    var data = NetworkData()
    let s = ["ref"]
    data.sources = [SourceRecord(id: "ref", kind: .report, citation: names[0])]
    data.customsTerritories = [
      CustomsTerritoryRecord(
        id: "aa", name: names[2], entryClearance: .hours(12), entryClearanceCost: Cents(15000), sources: s),
      CustomsTerritoryRecord(
        id: "bb", name: names[3], entryClearance: .hours(24), entryClearanceCost: Cents(20000), sources: s),
    ]
    data.countries = [
      CountryRecord(code: "CN", name: names[4], customsTerritory: "aa", sources: s),
      CountryRecord(code: "KZ", name: names[1], customsTerritory: "bb", sources: s),
    ]
    data.cities = [
      CityRecord(id: "port", name: names[0], country: "CN", latitude: 36.0, longitude: 120.2, sources: s),
      CityRecord(
        id: "border-a", name: names[1], country: "CN", latitude: 45.17, longitude: 82.57, sources: s),
      CityRecord(
        id: "border-b", name: names[2], country: "KZ", latitude: 45.25, longitude: 82.48, sources: s),
      CityRecord(id: "inland", name: names[3], country: "KZ", latitude: 43.24, longitude: 76.89, sources: s),
      CityRecord(id: "island", name: names[4], country: "CN", latitude: 35.1, longitude: 129.0, sources: s),
    ]
    data.terminals = [
      TerminalRecord(
        id: "port-rail", city: "port", mode: .rail, name: names[1], gauge: .standard, sources: s),
      TerminalRecord(id: "port-sea", city: "port", mode: .sea, name: names[2], sources: s),
      TerminalRecord(id: "port-air", city: "port", mode: .air, name: names[3], sources: s),
      TerminalRecord(id: "island-sea", city: "island", mode: .sea, name: names[0], sources: s),
      TerminalRecord(id: "island-air", city: "island", mode: .air, name: names[4], sources: s),
      TerminalRecord(
        id: "a-rail", city: "border-a", mode: .rail, name: names[0], gauge: .standard, sources: s),
      TerminalRecord(
        id: "b-rail", city: "border-b", mode: .rail, name: names[2], gauge: .russian, sources: s),
      TerminalRecord(id: "b-road", city: "border-b", mode: .road, name: names[3], sources: s),
      TerminalRecord(id: "inland-road", city: "inland", mode: .road, name: names[4], sources: s),
    ]
    data.carriers = [
      CarrierRecord(id: "c1", name: names[0], country: "CN", kind: .railway, sources: s),
      CarrierRecord(id: "c2", name: names[1], country: "CN", kind: .shippingLine, sources: s),
      CarrierRecord(id: "c3", name: names[2], country: "KZ", kind: .trucking, sources: s),
      CarrierRecord(id: "c4", name: names[3], country: "CN", kind: .airline, sources: s),
    ]
    func service(_ id: String, _ mode: Mode, _ carrier: String, _ from: String, _ to: String, km: Int64)
      -> ServiceRecord
    {
      ServiceRecord(
        id: id, mode: mode, carrier: carrier, from: from, to: to, bidirectional: true,
        distance: Kilometres(km),
        transit: Minutes(km * 3),
        tariff: Tariff(perTEU: Cents(km * 20), perFEU: Cents(km * 30), perKilogram: Cents(3)),
        co2Intensity: GramsPerTonneKilometre(20), cargoClasses: CargoClassSet([.general]),
        distanceSources: s, timeSources: s, tariffSources: s, co2Sources: s, note: names[1])
    }
    data.services = [
      service("rail-port-a", .rail, "c1", "port-rail", "a-rail", km: 3900),
      service("sea-port-island", .sea, "c2", "port-sea", "island-sea", km: 900),
      service("air-port-island", .air, "c4", "port-air", "island-air", km: 800),
      service("road-b-inland", .road, "c3", "b-road", "inland-road", km: 720),
    ]
    data.transfers = [
      TransferRecord(
        id: "a-b-gauge", kind: .gaugeChange, from: "a-rail", to: "b-rail", bidirectional: true,
        time: .hours(4),
        tariff: Tariff(perTEU: Cents(10000), perFEU: Cents(15000), perKilogram: Cents(1)), timeSources: s,
        costSources: s, note: names[0]),
      TransferRecord(
        id: "b-rail-road", kind: .modeChange, from: "b-rail", to: "b-road", bidirectional: true,
        time: .hours(6),
        tariff: Tariff(perTEU: Cents(8000), perFEU: Cents(12000), perKilogram: Cents(1)), timeSources: s,
        costSources: s),
    ]
    data.borderCrossings = [
      BorderCrossingRecord(
        id: "a-b", name: names[0], fromCity: "border-a", toCity: "border-b", clearance: .hours(6),
        clearanceCost: Cents(30000), sources: s, note: names[2])
    ]
    return data
  }

  static let network: TransportNetwork = {
    do {
      return try TransportNetwork(data())
    } catch {
      fatalError("the hostile network is invalid: \(error)")
    }
  }()
}
