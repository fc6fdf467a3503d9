import Foundation
import SilkRoute
import SilkRouteStore

/// A small valid network (two territories, a land crossing, a gauge change, a mode change) and
/// scratch folders for store tests.
enum Fixture {
  static func data() -> NetworkData {
    var data = NetworkData()
    let s = ["ref"]
    data.sources = [
      SourceRecord(
        id: "ref", kind: .report, citation: "Test report, \"quoted\", 2024", url: "https://example.org/a,b"),
      SourceRecord(id: "est", kind: .estimate, citation: "great-circle x 1.25"),
    ]
    data.customsTerritories = [
      CustomsTerritoryRecord(
        id: "cn", name: "China", entryClearance: .hours(12), entryClearanceCost: Cents(15000), sources: s),
      CustomsTerritoryRecord(
        id: "eaeu", name: "EAEU", entryClearance: .hours(24), entryClearanceCost: Cents(20000), sources: s),
    ]
    data.countries = [
      CountryRecord(code: "CN", name: "China", customsTerritory: "cn", sources: s),
      CountryRecord(code: "KZ", name: "Kazakhstan", customsTerritory: "eaeu", sources: s),
    ]
    data.cities = [
      CityRecord(
        id: "jiaozhou", name: "Jiaozhou", country: "CN", latitude: 36.3, longitude: 120.03,
        aliases: ["SCODA"], sources: s),
      CityRecord(
        id: "alashankou", name: "Alashankou", country: "CN", latitude: 45.17, longitude: 82.57,
        aliases: ["Alataw"], sources: s),
      CityRecord(
        id: "dostyk", name: "Dostyk", country: "KZ", latitude: 45.25, longitude: 82.48, status: .inferred,
        sources: s),
      CityRecord(
        id: "almaty", name: "Almaty", country: "KZ", latitude: 43.24, longitude: 76.89, sources: s,
        note: "line one\nline two"),
    ]
    data.terminals = [
      TerminalRecord(
        id: "jiaozhou-rail", city: "jiaozhou", mode: .rail, name: "Jiaozhou rail", gauge: .standard,
        sources: s),
      TerminalRecord(id: "jiaozhou-road", city: "jiaozhou", mode: .road, name: "Jiaozhou depot", sources: s),
      TerminalRecord(
        id: "alashankou-rail", city: "alashankou", mode: .rail, name: "Alashankou", gauge: .standard,
        sources: s),
      TerminalRecord(
        id: "dostyk-rail", city: "dostyk", mode: .rail, name: "Dostyk", gauge: .russian, sources: s),
      TerminalRecord(
        id: "almaty-rail", city: "almaty", mode: .rail, name: "Almaty-1", gauge: .russian, sources: s),
      TerminalRecord(id: "almaty-road", city: "almaty", mode: .road, name: "Almaty depot", sources: s),
    ]
    data.carriers = [
      CarrierRecord(id: "cr", name: "China Railway", country: "CN", kind: .railway, sources: s),
      CarrierRecord(id: "ktz", name: "KTZ", country: "KZ", kind: .railway, sources: s),
    ]
    func service(
      _ id: String, _ mode: Mode, _ carrier: String, _ from: String, _ to: String, km: Int64, minutes: Int64,
      feu: Int64
    ) -> ServiceRecord {
      ServiceRecord(
        id: id, mode: mode, carrier: carrier, from: from, to: to, bidirectional: true,
        distance: Kilometres(km),
        transit: Minutes(minutes),
        tariff: Tariff(
          perTEU: Cents(feu * 6 / 10), perFEU: Cents(feu), perKilogram: Cents(30), minimumCharge: Cents(5000)),
        co2Intensity: GramsPerTonneKilometre(mode == .rail ? 22 : 62),
        cargoClasses: CargoClassSet([.general, .reefer]), tariffDate: "2024-07-15",
        distanceSources: ["est"], timeSources: s, tariffSources: s, co2Sources: s)
    }
    data.services = [
      service(
        "jz-ala", .rail, "cr", "jiaozhou-rail", "alashankou-rail", km: 4000, minutes: 6 * 1440, feu: 250_000),
      service("dos-alm", .rail, "ktz", "dostyk-rail", "almaty-rail", km: 880, minutes: 2 * 1440, feu: 90_000),
    ]
    data.transfers = [
      TransferRecord(
        id: "ala-dos-gauge", kind: .gaugeChange, from: "alashankou-rail", to: "dostyk-rail",
        bidirectional: true,
        time: Minutes(255), tariff: Tariff(perTEU: Cents(15000), perFEU: Cents(25000), perKilogram: Cents(2)),
        timeSources: s, costSources: s),
      TransferRecord(
        id: "alm-rail-road", kind: .modeChange, from: "almaty-rail", to: "almaty-road", bidirectional: true,
        time: .hours(6), tariff: Tariff(perTEU: Cents(8000), perFEU: Cents(12000), perKilogram: Cents(1)),
        timeSources: s, costSources: s),
      TransferRecord(
        id: "jz-road-rail", kind: .modeChange, from: "jiaozhou-road", to: "jiaozhou-rail",
        bidirectional: true,
        time: .hours(6), tariff: Tariff(perTEU: Cents(8000), perFEU: Cents(12000), perKilogram: Cents(1)),
        timeSources: s, costSources: s),
    ]
    data.borderCrossings = [
      BorderCrossingRecord(
        id: "alashankou-dostyk", name: "Alashankou–Dostyk", fromCity: "alashankou", toCity: "dostyk",
        clearance: .hours(6), clearanceCost: Cents(30000), sources: s)
    ]
    return data
  }

  /// A fresh empty folder, removed when the process ends is not guaranteed: names are unique.
  /// A database path in a fresh scratch folder (nothing there yet).
  static func database(_ name: String = #function) -> String {
    scratch(name).appendingPathComponent("net.sqlite").path
  }

  static func scratch(_ name: String = #function) -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("silkroute-tests-\(ProcessInfo.processInfo.processIdentifier)")
      .appendingPathComponent("\(name.filter(\.isLetter))-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `data` to a new folder and returns it.
  static func folder(_ data: NetworkData = Fixture.data(), name: String = #function) throws -> URL {
    let url = scratch(name)
    try DataFolder.write(data, to: url)
    return url
  }

  static func replace(in file: URL, _ target: String, with replacement: String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    try Data(text.replacingOccurrences(of: target, with: replacement).utf8).write(to: file)
  }

  static func append(_ line: String, to file: URL) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    try Data((text + line + "\n").utf8).write(to: file)
  }
}
