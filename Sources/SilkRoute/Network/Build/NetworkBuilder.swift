/// Resolves the records' string references into dense indices, checks every value, and lists
/// the arcs. Collects every issue instead of stopping at the first.
struct NetworkBuilder {
  let data: NetworkData
  var issues: [NetworkIssue] = []

  var sourceIDs: Set<String> = []
  var territoryIndex: [String: TerritoryID] = [:]
  var countryTerritory: [String: TerritoryID] = [:]
  var cityIndex: [String: CityID] = [:]
  var cityTerritory: [TerritoryID] = []
  var terminalIndex: [String: TerminalID] = [:]
  var terminalCity: [CityID] = []
  var carrierIndex: [String: CarrierID] = [:]
  var serviceIndex: [String: ServiceID] = [:]
  var borderCrossingIndex: [String: BorderCrossingID] = [:]
  /// Land crossings by unordered city pair.
  var crossingByCityPair: [CityPair: BorderCrossingID] = [:]
  var arcs: [PendingArc] = []
  var crossings: [CustomsCrossing] = []
  var crossingIndex: [CrossingKey: Int32] = [:]
  var timetables: [Timetable] = []
  /// Per service: its non-rail document context (mode and carrier), or -1 for rail.
  var serviceContext: [Int32] = []
  var contextCount: Int32 = DocumentContext.firstCarrierContext
  /// Per operator: the services it can contract.
  var operatorServices: [Set<Int32>] = []

  init(data: NetworkData) { self.data = data }

  struct CityPair: Hashable {
    var low: CityID
    var high: CityID
    init(_ a: CityID, _ b: CityID) {
      low = min(a, b)
      high = max(a, b)
    }
  }

  struct CrossingKey: Hashable {
    var land: BorderCrossingID?
    var from: TerritoryID
    var to: TerritoryID
  }

  mutating func issue(
    _ table: NetworkIssue.Table, _ index: Int?, _ id: String, _ field: String?, _ message: String
  ) {
    issues.append(
      NetworkIssue(table: table, recordIndex: index, recordID: id, field: field, message: message))
  }

  mutating func build() {
    indexSources()
    indexTerritoriesAndCountries()
    indexCities()
    indexTerminals()
    indexCarriers()
    indexBorderCrossings()
    addServiceArcs()
    addTransferArcs()
    attachTimetables()
    indexDocuments()
    checkDates()
    checkCargoClassSurcharges()
  }

  // MARK: Ids and sources

  /// Registers `id` in `index`; returns what is wrong with it (malformed, duplicate).
  static func register<ID: DenseIndex>(
    _ id: String, at position: Int, in index: inout [String: ID]
  ) -> [String] {
    var problems: [String] = []
    if id.isEmpty || !id.unicodeScalars.allSatisfy(Self.isIDCharacter) {
      problems.append("'\(id)' is not an id: use lower-case a-z, 0-9 and '-'")
    }
    if index[id] != nil {
      problems.append("duplicate id '\(id)'")
    } else {
      index[id] = ID(position)
    }
    return problems
  }

  mutating func report(
    _ problems: [String], _ table: NetworkIssue.Table, _ position: Int, _ id: String
  ) {
    for problem in problems { issue(table, position, id, "id", problem) }
  }

  static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
  }

  mutating func checkSources(
    _ ids: [String], _ table: NetworkIssue.Table, _ index: Int, _ id: String, field: String
  ) {
    if ids.isEmpty { issue(table, index, id, field, "no source given") }
    for source in ids where !sourceIDs.contains(source) {
      issue(table, index, id, field, "unknown source '\(source)'")
    }
  }

  mutating func indexSources() {
    var seen: [String: CityID] = [:]  // any DenseIndex works for duplicate detection
    for (index, source) in data.sources.enumerated() {
      report(Self.register(source.id, at: index, in: &seen), .sources, index, source.id)
      if source.citation.isEmpty {
        issue(.sources, index, source.id, "citation", "empty citation")
      }
    }
    sourceIDs = Set(data.sources.map(\.id))
  }

  mutating func indexTerritoriesAndCountries() {
    for (index, territory) in data.customsTerritories.enumerated() {
      report(
        Self.register(territory.id, at: index, in: &territoryIndex), .customsTerritories, index, territory.id)
      if territory.entryClearance < .zero {
        issue(.customsTerritories, index, territory.id, "entry_clearance", "negative duration")
      }
      if territory.entryClearanceCost < .zero {
        issue(.customsTerritories, index, territory.id, "entry_clearance_usd", "negative amount")
      }
      checkSources(territory.sources, .customsTerritories, index, territory.id, field: "source")
    }
    for (index, country) in data.countries.enumerated() {
      let code = country.code
      if code.count != 2 || !code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
        issue(.countries, index, code, "iso2", "'\(code)' is not an ISO 3166-1 alpha-2 code")
      }
      if countryTerritory[code] != nil {
        issue(.countries, index, code, "iso2", "duplicate country '\(code)'")
      }
      if let territory = territoryIndex[country.customsTerritory] {
        countryTerritory[code] = territory
      } else {
        issue(
          .countries, index, code, "customs_territory",
          "unknown customs territory '\(country.customsTerritory)'")
      }
      checkSources(country.sources, .countries, index, code, field: "source")
    }
  }

  mutating func indexCities() {
    for (index, city) in data.cities.enumerated() {
      report(Self.register(city.id, at: index, in: &cityIndex), .cities, index, city.id)
      if let territory = countryTerritory[city.country] {
        cityTerritory.append(territory)
      } else {
        cityTerritory.append(TerritoryID(rawValue: -1))
        issue(.cities, index, city.id, "country", "unknown country '\(city.country)'")
      }
      if !(-90...90).contains(city.latitude) {
        issue(.cities, index, city.id, "latitude", "\(city.latitude) is outside -90...90")
      }
      if !(-180...180).contains(city.longitude) {
        issue(.cities, index, city.id, "longitude", "\(city.longitude) is outside -180...180")
      }
      if city.name.isEmpty { issue(.cities, index, city.id, "name", "empty name") }
      checkSources(city.sources, .cities, index, city.id, field: "source")
    }
  }

  mutating func indexTerminals() {
    for (index, terminal) in data.terminals.enumerated() {
      report(Self.register(terminal.id, at: index, in: &terminalIndex), .terminals, index, terminal.id)
      if let city = cityIndex[terminal.city] {
        terminalCity.append(city)
      } else {
        terminalCity.append(CityID(rawValue: -1))
        issue(.terminals, index, terminal.id, "city", "unknown city '\(terminal.city)'")
      }
      switch (terminal.mode, terminal.gauge) {
      case (.rail, nil):
        issue(.terminals, index, terminal.id, "gauge_mm", "a rail terminal needs its gauge")
      case (.rail, let gauge?) where gauge.millimetres <= 0:
        issue(.terminals, index, terminal.id, "gauge_mm", "gauge must be positive")
      case (.sea, _?), (.road, _?), (.air, _?):
        issue(.terminals, index, terminal.id, "gauge_mm", "only rail terminals have a gauge")
      default: break
      }
      checkSources(terminal.sources, .terminals, index, terminal.id, field: "source")
    }
  }

  mutating func indexCarriers() {
    for (index, carrier) in data.carriers.enumerated() {
      report(Self.register(carrier.id, at: index, in: &carrierIndex), .carriers, index, carrier.id)
      checkSources(carrier.sources, .carriers, index, carrier.id, field: "source")
    }
  }

  mutating func indexBorderCrossings() {
    for (index, crossing) in data.borderCrossings.enumerated() {
      report(
        Self.register(crossing.id, at: index, in: &borderCrossingIndex), .borderCrossings, index, crossing.id)
      let from = cityIndex[crossing.fromCity]
      let to = cityIndex[crossing.toCity]
      if from == nil {
        issue(
          .borderCrossings, index, crossing.id, "from_city", "unknown city '\(crossing.fromCity)'")
      }
      if to == nil {
        issue(.borderCrossings, index, crossing.id, "to_city", "unknown city '\(crossing.toCity)'")
      }
      if let from, let to {
        if cityTerritory[from.index] == cityTerritory[to.index] {
          issue(
            .borderCrossings, index, crossing.id, "to_city",
            "'\(crossing.fromCity)' and '\(crossing.toCity)' are in the same customs territory")
        }
        let pair = CityPair(from, to)
        if crossingByCityPair[pair] != nil {
          issue(
            .borderCrossings, index, crossing.id, "to_city",
            "a crossing between '\(crossing.fromCity)' and '\(crossing.toCity)' is already defined")
        } else {
          crossingByCityPair[pair] = BorderCrossingID(index)
        }
      }
      if crossing.clearance < .zero {
        issue(.borderCrossings, index, crossing.id, "clearance", "negative duration")
      }
      if crossing.clearanceCost < .zero {
        issue(.borderCrossings, index, crossing.id, "clearance_usd", "negative amount")
      }
      checkSources(crossing.sources, .borderCrossings, index, crossing.id, field: "source")
    }
  }

  // MARK: Arcs

  mutating func checkTariff(
    _ tariff: Tariff, _ table: NetworkIssue.Table, _ index: Int, _ id: String
  ) {
    if tariff.isEmpty {
      issue(table, index, id, "per_feu_usd", "no rate: give per_teu_usd, per_feu_usd or per_kg_usd")
    }
    let rates: [(String, Cents?)] = [
      ("per_teu_usd", tariff.perTEU), ("per_feu_usd", tariff.perFEU),
      ("per_kg_usd", tariff.perKilogram), ("min_charge_usd", tariff.minimumCharge),
    ]
    for (field, rate) in rates {
      if let rate, rate < .zero { issue(table, index, id, field, "negative amount") }
    }
  }

  /// The customs crossing an arc between `tail` and `head` makes, or -1; reports a land arc that
  /// changes territory without a declared border crossing.
  mutating func crossing(
    from tail: TerminalID, to head: TerminalID, overLand: Bool, _ table: NetworkIssue.Table,
    _ index: Int, _ id: String
  ) -> Int32 {
    let fromCity = terminalCity[tail.index]
    let toCity = terminalCity[head.index]
    guard fromCity.rawValue >= 0, toCity.rawValue >= 0 else { return -1 }
    let fromTerritory = cityTerritory[fromCity.index]
    let toTerritory = cityTerritory[toCity.index]
    guard fromTerritory != toTerritory, fromTerritory.rawValue >= 0, toTerritory.rawValue >= 0
    else { return -1 }
    var key = CrossingKey(land: nil, from: fromTerritory, to: toTerritory)
    let crossing: CustomsCrossing
    let destination = data.customsTerritories[toTerritory.index]
    if overLand {
      guard let land = crossingByCityPair[CityPair(fromCity, toCity)] else {
        let fromName = data.cities[fromCity.index].id
        let toName = data.cities[toCity.index].id
        issue(
          table, index, id, "to",
          "crosses from \(data.customsTerritories[fromTerritory.index].id) to \(destination.id) "
            + "over land between '\(fromName)' and '\(toName)' but border_crossings has no such crossing"
        )
        return -1
      }
      key.land = land
      let record = data.borderCrossings[land.index]
      crossing = CustomsCrossing(
        kind: .land(land), name: record.name, fromTerritory: fromTerritory,
        toTerritory: toTerritory, clearance: record.clearance, cost: record.clearanceCost,
        transitClearance: destination.transitClearance.map { min($0, record.clearance) },
        transitCost: destination.transitClearanceCost.map { min($0, record.clearanceCost) })
    } else {
      crossing = CustomsCrossing(
        kind: .entry, name: "\(destination.id.uppercased()) customs entry", fromTerritory: fromTerritory,
        toTerritory: toTerritory, clearance: destination.entryClearance,
        cost: destination.entryClearanceCost, transitClearance: destination.transitClearance,
        transitCost: destination.transitClearanceCost)
    }
    if let existing = crossingIndex[key] { return existing }
    let position = Int32(crossings.count)
    crossings.append(crossing)
    crossingIndex[key] = position
    return position
  }

  mutating func addServiceArcs() {
    for (index, service) in data.services.enumerated() {
      report(Self.register(service.id, at: index, in: &serviceIndex), .services, index, service.id)
      if carrierIndex[service.carrier] == nil {
        issue(.services, index, service.id, "carrier", "unknown carrier '\(service.carrier)'")
      }
      let from = endpoint(service.from, mode: service.mode, index, service.id, field: "from")
      let to = endpoint(service.to, mode: service.mode, index, service.id, field: "to")
      if service.transit <= .zero {
        issue(.services, index, service.id, "transit", "transit time must be positive")
      }
      if service.distance <= .zero {
        issue(.services, index, service.id, "distance_km", "distance must be positive")
      }
      if service.co2Intensity < .zero {
        issue(.services, index, service.id, "co2_g_per_tkm", "negative intensity")
      }
      if service.cargoClasses.isEmpty {
        issue(.services, index, service.id, "cargo_classes", "no cargo class accepted")
      }
      if !service.passages.isEmpty && service.mode != .sea {
        issue(.services, index, service.id, "passages", "only sea services pass straits")
      }
      checkTariff(service.tariff, .services, index, service.id)
      checkSources(service.distanceSources, .services, index, service.id, field: "distance_source")
      checkSources(service.timeSources, .services, index, service.id, field: "time_source")
      checkSources(service.tariffSources, .services, index, service.id, field: "tariff_source")
      checkSources(service.co2Sources, .services, index, service.id, field: "co2_source")
      guard let from, let to else { continue }
      if from == to {
        issue(.services, index, service.id, "to", "a service cannot start and end at one terminal")
        continue
      }
      if service.mode == .rail, let a = data.terminals[from.index].gauge,
        let b = data.terminals[to.index].gauge, !a.isInteroperable(with: b)
      {
        issue(
          .services, index, service.id, "to",
          "rail service joins \(a) and \(b) without a gauge change; add a gauge-change transfer")
      }
      let overLand = service.mode == .rail || service.mode == .road
      for (tail, head) in service.bidirectional ? [(from, to), (to, from)] : [(from, to)] {
        let crossing = crossing(from: tail, to: head, overLand: overLand, .services, index, service.id)
        arcs.append(
          PendingArc(
            tail: tail, head: head, service: Int32(index), transfer: -1, crossing: crossing,
            reversed: tail == to && head == from))
      }
    }
  }

  mutating func endpoint(
    _ id: String, mode: Mode?, _ index: Int, _ recordID: String, field: String,
    table: NetworkIssue.Table = .services
  ) -> TerminalID? {
    guard let terminal = terminalIndex[id] else {
      issue(table, index, recordID, field, "unknown terminal '\(id)'")
      return nil
    }
    if let mode, data.terminals[terminal.index].mode != mode {
      issue(
        table, index, recordID, field,
        "terminal '\(id)' is a \(data.terminals[terminal.index].mode.rawValue) terminal, not \(mode.rawValue)"
      )
    }
    return terminal
  }

  mutating func addTransferArcs() {
    var seen: [String: TransferID] = [:]
    for (index, transfer) in data.transfers.enumerated() {
      report(Self.register(transfer.id, at: index, in: &seen), .transfers, index, transfer.id)
      let from = endpoint(transfer.from, mode: nil, index, transfer.id, field: "from", table: .transfers)
      let to = endpoint(transfer.to, mode: nil, index, transfer.id, field: "to", table: .transfers)
      if transfer.time <= .zero {
        issue(.transfers, index, transfer.id, "time", "handling time must be positive")
      }
      checkTariff(transfer.tariff, .transfers, index, transfer.id)
      checkSources(transfer.timeSources, .transfers, index, transfer.id, field: "time_source")
      checkSources(transfer.costSources, .transfers, index, transfer.id, field: "cost_source")
      guard let from, let to else { continue }
      let a = data.terminals[from.index]
      let b = data.terminals[to.index]
      switch transfer.kind {
      case .modeChange where a.mode == b.mode:
        issue(.transfers, index, transfer.id, "to", "a mode change needs terminals of two modes")
      case .gaugeChange:
        if let ga = a.gauge, let gb = b.gauge {
          if ga.isInteroperable(with: gb) {
            issue(.transfers, index, transfer.id, "to", "both terminals have gauge \(ga)")
          }
        } else {
          issue(.transfers, index, transfer.id, "to", "a gauge change joins two rail terminals")
        }
      case .transshipment where a.mode != b.mode:
        issue(.transfers, index, transfer.id, "to", "a transshipment stays in one mode")
      default: break
      }
      if from == to {
        issue(.transfers, index, transfer.id, "to", "a transfer cannot start and end at one terminal")
        continue
      }
      if transfer.kind != .gaugeChange && terminalCity[from.index] != terminalCity[to.index] {
        issue(
          .transfers, index, transfer.id, "to",
          "only a gauge change may join terminals of two cities (the paired border stations)")
      }
      for (tail, head) in transfer.bidirectional ? [(from, to), (to, from)] : [(from, to)] {
        let crossing = crossing(from: tail, to: head, overLand: true, .transfers, index, transfer.id)
        arcs.append(
          PendingArc(
            tail: tail, head: head, service: -1, transfer: Int32(index), crossing: crossing))
      }
    }
  }

  /// Compiles the timetables and attaches each to its service direction (by dense index: no
  /// string keys, so a million timetables attach in one pass).
  mutating func attachTimetables() {
    // Per service direction (2 × service + 1 for reverse): its timetable, or -1.
    var byArc = [Int32](repeating: -1, count: 2 * data.services.count)
    var seen = [Bool](repeating: false, count: byArc.count)
    for (index, record) in data.timetables.enumerated() {
      var id: String { "\(record.service)/\(record.direction.rawValue)" }
      var slot: Int?
      if let service = serviceIndex[record.service] {
        if record.direction == .reverse && !data.services[service.index].bidirectional {
          issue(.timetables, index, id, "direction", "service '\(record.service)' runs one way only")
        }
        slot = 2 * service.index + (record.direction == .reverse ? 1 : 0)
        if let slot {
          if seen[slot] { issue(.timetables, index, id, "direction", "a second timetable for \(id)") }
          seen[slot] = true
        }
      } else {
        issue(.timetables, index, id, "service", "unknown service '\(record.service)'")
      }
      if record.sources.isEmpty || !record.sources.allSatisfy(sourceIDs.contains) {
        checkSources(record.sources, .timetables, index, id, field: "source")
      }
      switch record.compiled() {
      case .success(let timetable):
        if let slot { byArc[slot] = Int32(timetables.count) }
        timetables.append(timetable)
      case .failure(let error):
        issue(.timetables, index, id, record.headway == nil ? "departures" : "headway", error.message)
        timetables.append(Timetable(pattern: .headway(Minutes(1))))
      }
    }
    for position in arcs.indices where arcs[position].service >= 0 {
      let slot = 2 * Int(arcs[position].service) + (arcs[position].reversed ? 1 : 0)
      arcs[position].timetable = byArc[slot]
    }
  }

  mutating func indexDocuments() {
    var regimes = Set<DocumentRegime>()
    for (index, record) in data.documentRegimes.enumerated() {
      if !regimes.insert(record.regime).inserted {
        issue(
          .documentRegimes, index, record.regime.rawValue, "id",
          "duplicate regime '\(record.regime.rawValue)'")
      }
      if record.newDocumentCost < .zero || record.newDocumentTime < .zero {
        issue(.documentRegimes, index, record.regime.rawValue, "new_document_usd", "negative amount")
      }
      checkSources(record.sources, .documentRegimes, index, record.regime.rawValue, field: "source")
    }
    if !data.documentRegimes.isEmpty {
      for (index, service) in data.services.enumerated() where !regimes.contains(service.document) {
        issue(
          .services, index, service.id, "document",
          "regime '\(service.document.rawValue)' is not in document_regimes")
      }
    }
    for (index, service) in data.services.enumerated() {
      let fits: Bool =
        switch service.document {
        case .oceanBL: service.mode == .sea
        case .cim, .smgs, .cimSMGS: service.mode == .rail
        case .cmr, .cmrTIR: service.mode == .road
        case .awb: service.mode == .air
        }
      if !fits {
        issue(
          .services, index, service.id, "document",
          "a \(service.mode.rawValue) service cannot travel under \(service.document.rawValue)")
      }
    }
    // Document contexts: one per (mode, carrier) outside rail.
    var contextOf: [String: Int32] = [:]
    for service in data.services {
      guard service.mode != .rail else {
        serviceContext.append(-1)
        continue
      }
      let key = "\(service.mode.rawValue)/\(service.carrier)"
      if let context = contextOf[key] {
        serviceContext.append(context)
      } else {
        contextOf[key] = contextCount
        serviceContext.append(contextCount)
        contextCount += 1
      }
    }
    // Operators and what they contract.
    var operatorIndex: [String: Int] = [:]
    let countries = Set(data.countries.map(\.code))
    for (index, record) in data.operators.enumerated() {
      var seen: [String: CityID] = [:]
      report(Self.register(record.id, at: index, in: &seen), .operators, index, record.id)
      if operatorIndex[record.id] == nil { operatorIndex[record.id] = index }
      for place in record.places where !countries.contains(place) {
        issue(.operators, index, record.id, "places", "unknown country '\(place)'")
      }
      if record.places.isEmpty {
        issue(.operators, index, record.id, "places", "no place of receipt or delivery")
      }
      if record.fee < .zero { issue(.operators, index, record.id, "fee_usd", "negative amount") }
      checkSources(record.sources, .operators, index, record.id, field: "source")
    }
    if Set(data.operators.map(\.id)).count != data.operators.count {
      // Duplicates were reported above; keep the first of each.
    }
    operatorServices = Array(repeating: [], count: data.operators.count)
    var servicesOfCarrier: [String: [Int32]] = [:]
    for (index, service) in data.services.enumerated() {
      servicesOfCarrier[service.carrier, default: []].append(Int32(index))
    }
    for (index, coverage) in data.operatorCoverage.enumerated() {
      let id = "\(coverage.operatorID)/\(coverage.carrier)\(coverage.service)"
      guard let owner = operatorIndex[coverage.operatorID] else {
        issue(.operatorCoverage, index, id, "operator", "unknown operator '\(coverage.operatorID)'")
        continue
      }
      checkSources(coverage.sources, .operatorCoverage, index, id, field: "source")
      switch (coverage.carrier.isEmpty, coverage.service.isEmpty) {
      case (false, true):
        if carrierIndex[coverage.carrier] == nil {
          issue(.operatorCoverage, index, id, "carrier", "unknown carrier '\(coverage.carrier)'")
        }
        operatorServices[owner].formUnion(servicesOfCarrier[coverage.carrier] ?? [])
      case (true, false):
        if let service = serviceIndex[coverage.service] {
          operatorServices[owner].insert(service.rawValue)
        } else {
          issue(.operatorCoverage, index, id, "service", "unknown service '\(coverage.service)'")
        }
      default:
        issue(.operatorCoverage, index, id, "carrier", "give exactly one of carrier or service")
      }
    }
  }
}
