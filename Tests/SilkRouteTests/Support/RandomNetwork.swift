import SilkRoute

/// Seeded random small multimodal networks that satisfy every `TransportNetwork` invariant:
/// several cities in one to three customs territories, terminals of random modes and gauges,
/// services, mode and gauge changes, land crossings, tariffs with missing rates and cargo classes.
enum RandomNetwork {
  static func make(seed: UInt64, maxCities: Int = 5, maxTerminalsPerCity: Int = 3) -> NetworkData {
    var rng = SplitMix64(seed: seed)
    var data = NetworkData()
    let src = ["s"]
    data.sources = [SourceRecord(id: "s", kind: .estimate, citation: "random test data")]
    let territoryCount = Int.random(in: 1...3, using: &rng)
    for t in 0..<territoryCount {
      data.customsTerritories.append(
        CustomsTerritoryRecord(
          id: "t\(t)", name: "T\(t)", entryClearance: Minutes(Int64.random(in: 0...300, using: &rng)),
          entryClearanceCost: Cents(Int64.random(in: 0...5000, using: &rng)), sources: src))
      data.countries.append(
        CountryRecord(
          code: "C" + String(UnicodeScalar(UInt8(65 + t))), name: "C\(t)", customsTerritory: "t\(t)",
          sources: src))
    }
    let cityCount = Int.random(in: 2...maxCities, using: &rng)
    for c in 0..<cityCount {
      let country = data.countries[Int.random(in: 0..<territoryCount, using: &rng)].code
      data.cities.append(
        CityRecord(id: "c\(c)", name: "City \(c)", country: country, latitude: 0, longitude: 0, sources: src))
      for k in 0..<Int.random(in: 1...maxTerminalsPerCity, using: &rng) {
        let mode = Mode.allCases.randomElement(using: &rng) ?? .rail
        let gauge: Gauge? =
          mode == .rail ? [Gauge.standard, .russian, .finnish].randomElement(using: &rng) : nil
        data.terminals.append(
          TerminalRecord(
            id: "c\(c)-\(k)", city: "c\(c)", mode: mode, name: "T\(c).\(k)", gauge: gauge, sources: src))
      }
    }
    data.carriers = [CarrierRecord(id: "k", name: "Carrier", country: "CA", kind: .operator, sources: src)]
    // Land crossings between every pair of cities in different territories.
    let territoryOf = Dictionary(uniqueKeysWithValues: data.countries.map { ($0.code, $0.customsTerritory) })
    for a in 0..<cityCount {
      for b in (a + 1)..<max(cityCount, a + 1)
      where territoryOf[data.cities[a].country] != territoryOf[data.cities[b].country] {
        data.borderCrossings.append(
          BorderCrossingRecord(
            id: "x\(a)-\(b)", name: "X\(a)-\(b)", fromCity: "c\(a)", toCity: "c\(b)",
            clearance: Minutes(Int64.random(in: 0...600, using: &rng)),
            clearanceCost: Cents(Int64.random(in: 0...10_000, using: &rng)), sources: src))
      }
    }
    func tariff() -> Tariff {
      var tariff = Tariff()
      if Int.random(in: 0..<4, using: &rng) > 0 {
        tariff.perTEU = Cents(Int64.random(in: 0...50_000, using: &rng))
      }
      if Int.random(in: 0..<4, using: &rng) > 0 {
        tariff.perFEU = Cents(Int64.random(in: 0...90_000, using: &rng))
      }
      if tariff.isEmpty || Bool.random(using: &rng) {
        tariff.perKilogram = Cents(Int64.random(in: 0...400, using: &rng))
      }
      if Bool.random(using: &rng) { tariff.minimumCharge = Cents(Int64.random(in: 0...100_000, using: &rng)) }
      return tariff
    }
    let terminals = data.terminals
    var serial = 0
    for a in terminals.indices {
      for b in terminals.indices where a != b {
        let x = terminals[a]
        let y = terminals[b]
        if x.mode == y.mode && (x.gauge.map { g in y.gauge.map(g.isInteroperable(with:)) ?? false } ?? true) {
          guard Int.random(in: 0..<100, using: &rng) < 55 else { continue }
          var classes = CargoClassSet(
            CargoClass.allCases.filter { _ in Int.random(in: 0..<3, using: &rng) > 0 })
          if classes.isEmpty { classes = CargoClassSet(.general) }
          data.services.append(
            ServiceRecord(
              id: "s\(serial)", mode: x.mode, carrier: "k", from: x.id, to: y.id,
              bidirectional: Bool.random(using: &rng),
              distance: Kilometres(Int64.random(in: 1...3000, using: &rng)),
              transit: Minutes(Int64.random(in: 1...20_000, using: &rng)), tariff: tariff(),
              co2Intensity: GramsPerTonneKilometre(Int64.random(in: 0...700, using: &rng)),
              cargoClasses: classes, distanceSources: src, timeSources: src, tariffSources: src,
              co2Sources: src))
          serial += 1
        } else {
          let kind: TransferRecord.Kind
          if x.mode == .rail && y.mode == .rail {
            kind = .gaugeChange
          } else if x.mode != y.mode && x.city == y.city {
            kind = .modeChange
          } else {
            continue
          }
          guard a < b, Int.random(in: 0..<100, using: &rng) < 70 else { continue }
          data.transfers.append(
            TransferRecord(
              id: "x\(serial)", kind: kind, from: x.id, to: y.id, bidirectional: Bool.random(using: &rng),
              time: Minutes(Int64.random(in: 1...3000, using: &rng)), tariff: tariff(),
              timeSources: src, costSources: src))
          serial += 1
        }
      }
    }
    // Hub emission factors for most modes (ISO 14083 hub operations), from their own stream so
    // that the rest of the network is as before: transfers then emit CO2e, and every suite that
    // checks the CO2 criterion against brute force checks hub emissions too.
    var hubs = SplitMix64(seed: seed ^ 0x4B0B)
    for mode in Mode.allCases where Int.random(in: 0..<4, using: &hubs) > 0 {
      let wtw = Int64.random(in: 0...200_000, using: &hubs)
      data.emissionFactors.append(
        EmissionFactorRecord(
          id: "hub-\(mode.rawValue)", kind: .hub, mode: mode, hubWTW: GramsPerTonne(wtw),
          hubTTW: GramsPerTonne(wtw / 2), sources: src))
    }
    return data
  }

  /// Adds random weekly timetables or headways to about half of the service directions.
  static func addTimetables(to data: inout NetworkData, seed: UInt64) {
    var rng = SplitMix64(seed: seed ^ 0x7117)
    for service in data.services {
      for direction in service.bidirectional ? [TimetableRecord.Direction.forward, .reverse] : [.forward] {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
          data.timetables.append(
            TimetableRecord(
              service: service.id, direction: direction,
              headway: Minutes(Int64.random(in: 30...3000, using: &rng)), sources: ["s"]))
        case 1:
          let days = Weekday.allCases.filter { _ in Bool.random(using: &rng) }
          let times = Set(
            (0..<Int.random(in: 1...3, using: &rng)).map { _ in Int.random(in: 0..<1440, using: &rng) })
          data.timetables.append(
            TimetableRecord(
              service: service.id, direction: direction, weekdays: days.isEmpty ? [.wed] : days,
              departures: times.sorted(), utcOffsetMinutes: Int.random(in: -600...720, using: &rng),
              sources: ["s"]))
        default: break
        }
      }
    }
  }

  /// Adds document regimes (random prices for a new document, random transit flags), rail
  /// regimes on rail services, transit clearance, and one to three operators with random places,
  /// coverage and regime-break handling.
  static func addDocuments(to data: inout NetworkData, seed: UInt64) {
    var rng = SplitMix64(seed: seed ^ 0xD0C5)
    data.documentRegimes = DocumentRegime.allCases.map { regime in
      DocumentRegimeRecord(
        regime: regime, name: regime.rawValue, convention: "test",
        isTransitDocument: Bool.random(using: &rng),
        liabilityPerKilogram: SDR(rawValue: Int64.random(in: 100...2000, using: &rng)),
        liabilityPerPackage: nil,
        newDocumentCost: Cents(Int64.random(in: 0...20_000, using: &rng)),
        newDocumentTime: Minutes(Int64.random(in: 0...600, using: &rng)), sources: ["s"])
    }
    for index in data.services.indices {
      switch data.services[index].mode {
      case .rail:
        data.services[index].document =
          [DocumentRegime.smgs, .cim, .cimSMGS].randomElement(using: &rng) ?? .smgs
      case .road: data.services[index].document = Bool.random(using: &rng) ? .cmr : .cmrTIR
      default: break
      }
      if Int.random(in: 0..<3, using: &rng) == 0 { data.services[index].carrier = "k2" }
    }
    data.carriers.append(
      CarrierRecord(id: "k2", name: "Carrier 2", country: "CA", kind: .operator, sources: ["s"]))
    for index in data.customsTerritories.indices where Bool.random(using: &rng) {
      data.customsTerritories[index].transitClearance = Minutes(Int64.random(in: 0...100, using: &rng))
      data.customsTerritories[index].transitClearanceCost = Cents(Int64.random(in: 0...1000, using: &rng))
    }
    let countries = data.countries.map(\.code)
    for number in 0..<Int.random(in: 1...3, using: &rng) {
      var places = countries.filter { _ in Int.random(in: 0..<4, using: &rng) > 0 }
      if places.isEmpty { places = countries }
      data.operators.append(
        OperatorRecord(
          id: "mto\(number)", name: "MTO \(number)", country: countries[0], places: places,
          absorbsRegimeBreaks: Bool.random(using: &rng), liabilityPerKilogram: SDR(rawValue: 833),
          fee: Cents(Int64.random(in: 0...30_000, using: &rng)), illustrative: true, sources: ["s"]))
      if Bool.random(using: &rng) {
        data.operatorCoverage.append(
          OperatorCoverageRecord(operatorID: "mto\(number)", carrier: "k", sources: ["s"]))
      }
      for service in data.services where Int.random(in: 0..<3, using: &rng) == 0 {
        data.operatorCoverage.append(
          OperatorCoverageRecord(operatorID: "mto\(number)", service: service.id, sources: ["s"]))
      }
    }
  }

  /// A network made for document breaks (`make` and `addDocuments`, then): every service under
  /// one of three carriers (so many carrier contexts meet at a terminal), open to every cargo
  /// class, one FEU's price and the transit time in a narrow band, new documents worth up to a
  /// leg; operators only on odd seeds. `tiny`: prices, times and document charges of a few units
  /// (cents, minutes), so that labels tie or differ by one everywhere.
  static func documentsDecide(seed: UInt64, tiny: Bool = false) -> NetworkData {
    var data = make(seed: seed, maxCities: 4, maxTerminalsPerCity: 3)
    addDocuments(to: &data, seed: seed)
    var rng = SplitMix64(seed: seed ^ 0xCA55)
    data.carriers.append(
      CarrierRecord(id: "k3", name: "Carrier 3", country: "CA", kind: .operator, sources: ["s"]))
    for index in data.services.indices {
      data.services[index].carrier = ["k", "k2", "k3"].randomElement(using: &rng) ?? "k"
      data.services[index].tariff = Tariff(
        perFEU: Cents(Int64.random(in: tiny ? 1...4 : 10_000...20_000, using: &rng)))
      data.services[index].transit = Minutes(Int64.random(in: tiny ? 1...4 : 1_000...2_000, using: &rng))
      data.services[index].cargoClasses = CargoClassSet(CargoClass.allCases)
    }
    for index in data.documentRegimes.indices {
      data.documentRegimes[index].newDocumentCost = Cents(
        Int64.random(in: tiny ? 0...4 : 0...20_000, using: &rng))
      data.documentRegimes[index].newDocumentTime = Minutes(
        Int64.random(in: tiny ? 0...3 : 0...1_500, using: &rng))
    }
    if seed % 2 == 0 {
      data.operators = []
      data.operatorCoverage = []
    }
    return data
  }

  static func cargo(using rng: inout SplitMix64) -> Cargo {
    var cargo: Cargo =
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: .containers(Int64.random(in: 1...3, using: &rng), .feu)
      case 1: .containers(Int64.random(in: 1...3, using: &rng), .teu)
      default: .kilograms(Int64.random(in: 1...30_000, using: &rng))
      }
    if Int.random(in: 0..<4, using: &rng) == 0 {
      cargo.cargoClass = CargoClass.allCases.randomElement(using: &rng) ?? .general
    }
    return cargo
  }
}
