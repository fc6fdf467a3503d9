import Testing

@testable import SilkRoute

/// The builder, from records written in the test (`LiteralNetwork`): ids, arcs, crossings,
/// timetables, documents, and the issues each table's validation reports.
@Suite struct NetworkBuilderTests {
  func built(_ data: NetworkData = LiteralNetwork.data()) -> NetworkBuilder {
    var builder = NetworkBuilder(data: data)
    builder.build()
    return builder
  }

  /// The issues `data` has, as "table/field: message".
  func issues(_ data: NetworkData) -> [String] {
    built(data).issues.map { "\($0.table.rawValue)/\($0.field ?? "-"): \($0.message)" }
  }

  @Test func literalNetworkBuildsWithoutIssues() {
    let builder = built()
    #expect(builder.issues.isEmpty, "\(builder.issues)")
  }

  @Test func idsAreDenseInFileOrder() {
    let builder = built()
    #expect(builder.cityIndex["qingdao"] == CityID(0))
    #expect(builder.cityIndex["almaty"] == CityID(3))
    #expect(builder.terminalIndex["khorgos-rail"] == TerminalID(2))
    #expect(builder.serviceIndex["s2"] == ServiceID(1))
    #expect(builder.carrierIndex["ktz"] == CarrierID(1))
    #expect(builder.territoryIndex["eaeu"] == TerritoryID(1))
    #expect(builder.borderCrossingIndex["khorgos-altynkol"] == BorderCrossingID(0))
    #expect(builder.cityTerritory == [TerritoryID(0), TerritoryID(0), TerritoryID(1), TerritoryID(1)])
    #expect(builder.terminalCity == [0, 0, 1, 2, 3, 3].map { CityID($0) })
  }

  @Test func servicesAndTransfersBecomeArcsInBothDirectionsWhereBidirectional() {
    let arcs = built().arcs
    // s1 both ways, s2 one way, then g1 and m1 both ways: services first, in file order.
    #expect(arcs.count == 7)
    #expect(arcs.map(\.service) == [ServiceID(0), ServiceID(0), ServiceID(1), nil, nil, nil, nil])
    #expect(
      arcs.map(\.transfer) == [nil, nil, nil, TransferID(0), TransferID(0), TransferID(1), TransferID(1)])
    #expect(arcs.map(\.reversed) == [false, true, false, false, false, false, false])
    #expect(arcs[0].tail == TerminalID(1) && arcs[0].head == TerminalID(2))
    #expect(arcs[1].tail == TerminalID(2) && arcs[1].head == TerminalID(1))
  }

  @Test func onlyTheArcsThatChangeTerritoryCrossAndEachDirectionIsItsOwnCrossing() throws {
    let builder = built()
    let crossings = builder.arcs.map(\.crossing)
    // g1 (khorgos ⇄ altynkol) crosses CN → EAEU and back; nothing else leaves its territory.
    #expect(crossings == [nil, nil, nil, 0, 1, nil, nil])
    #expect(builder.crossings.count == 2)
    let outbound = builder.crossings[0]
    #expect(outbound.kind == .land(BorderCrossingID(0)))
    #expect(outbound.fromTerritory == TerritoryID(0) && outbound.toTerritory == TerritoryID(1))
    #expect(outbound.clearance == Minutes(600) && outbound.cost == Cents(30_000))
    #expect(builder.crossings[1].fromTerritory == TerritoryID(1))
  }

  @Test func aSeaArcIntoAnotherTerritoryClearsEntryThere() {
    var data = LiteralNetwork.data()
    data.terminals.append(
      TerminalRecord(id: "almaty-sea", city: "almaty", mode: .sea, name: "Dry port", sources: ["s"]))
    data.services.append(
      ServiceRecord(
        id: "s3", mode: .sea, carrier: "crct", from: "qingdao-sea", to: "almaty-sea", bidirectional: false,
        distance: Kilometres(5_000), transit: Minutes(10_000), tariff: Tariff(perFEU: Cents(90_000)),
        co2Intensity: GramsPerTonneKilometre(10), document: .oceanBL, distanceSources: ["s"],
        timeSources: ["s"], tariffSources: ["s"], co2Sources: ["s"]))
    data.documentRegimes.append(
      DocumentRegimeRecord(
        regime: .oceanBL, name: "B/L", convention: "Hague-Visby", isTransitDocument: false,
        liabilityPerKilogram: nil, liabilityPerPackage: nil, newDocumentCost: .zero, newDocumentTime: .zero,
        sources: ["s"]))
    let builder = built(data)
    #expect(builder.issues.isEmpty, "\(builder.issues)")
    let sea = builder.arcs.first { $0.service == ServiceID(2) }
    let crossing = try? #require(sea?.crossing)
    #expect(crossing.map { builder.crossings[Int($0)].kind } == .entry)
    #expect(crossing.map { builder.crossings[Int($0)].clearance } == Minutes(240))
  }

  @Test func timetablesAttachToTheirServiceDirectionOnly() {
    let builder = built()
    #expect(builder.timetables.count == 1)
    #expect(builder.arcs.map(\.timetable) == [0, nil, nil, nil, nil, nil, nil])
  }

  @Test func documentContextsAndOperatorCoverage() {
    var data = LiteralNetwork.data()
    data.carriers.append(
      CarrierRecord(id: "trucks", name: "Trucks", country: "KZ", kind: .trucking, sources: ["s"]))
    data.terminals.append(
      TerminalRecord(
        id: "altynkol-road", city: "altynkol", mode: .road, name: "Altynkol trucks", sources: ["s"]))
    for (id, from) in [("r1", "altynkol-road"), ("r2", "almaty-road")] {
      data.services.append(
        ServiceRecord(
          id: id, mode: .road, carrier: "trucks", from: from,
          to: from == "almaty-road" ? "altynkol-road" : "almaty-road",
          bidirectional: false, distance: Kilometres(300), transit: Minutes(400),
          tariff: Tariff(perFEU: Cents(50_000)),
          co2Intensity: GramsPerTonneKilometre(60), document: .cmr, distanceSources: ["s"],
          timeSources: ["s"],
          tariffSources: ["s"], co2Sources: ["s"]))
    }
    data.documentRegimes.append(
      DocumentRegimeRecord(
        regime: .cmr, name: "CMR", convention: "CMR", isTransitDocument: false, liabilityPerKilogram: nil,
        liabilityPerPackage: nil, newDocumentCost: Cents(2_000), newDocumentTime: Minutes(30), sources: ["s"])
    )
    data.operatorCoverage.append(OperatorCoverageRecord(operatorID: "op", service: "r2", sources: ["s"]))
    let builder = built(data)
    #expect(builder.issues.isEmpty, "\(builder.issues)")
    // Rail follows its regime; both road services share one context: same mode, same carrier.
    let first = DocumentContext.firstCarrierContext
    #expect(
      builder.serviceContext == [DocumentContext.railService, DocumentContext.railService, first, first])
    #expect(builder.contextCount == first + 1)
    // The operator covers carrier crct (s1) and service r2.
    #expect(builder.operatorServices == [[0, 3]])
  }

  // MARK: Validation, table by table

  @Test func recordsReportMalformedAndDuplicateIdsAndUnknownReferences() {
    var data = LiteralNetwork.data()
    data.cities.append(LiteralNetwork.city("Bad City", "XX"))
    data.cities.append(LiteralNetwork.city("almaty", "KZ"))
    data.terminals.append(
      TerminalRecord(id: "lost", city: "atlantis", mode: .road, name: "Lost", sources: ["nowhere"]))
    data.terminals.append(
      TerminalRecord(id: "rail-no-gauge", city: "almaty", mode: .rail, name: "R", sources: ["s"]))
    data.countries.append(CountryRecord(code: "kz", name: "Bad", customsTerritory: "none", sources: []))
    let found = issues(data)
    for expected in [
      "cities/id: 'Bad City' is not an id: use lower-case a-z, 0-9 and '-'",
      "cities/country: unknown country 'XX'",
      "cities/id: duplicate id 'almaty'",
      "terminals/city: unknown city 'atlantis'",
      "terminals/source: unknown source 'nowhere'",
      "terminals/gauge_mm: a rail terminal needs its gauge",
      "countries/iso2: 'kz' is not an ISO 3166-1 alpha-2 code",
      "countries/customs_territory: unknown customs territory 'none'",
      "countries/source: no source given",
    ] {
      #expect(found.contains(expected), "missing \(expected) in \(found)")
    }
  }

  @Test func arcsReportWhatTheirEndsAndValuesBreak() {
    var data = LiteralNetwork.data()
    // A rail service across the CN–KZ border without a declared crossing, and between gauges.
    data.services.append(
      LiteralNetwork.rail(
        "s9", carrier: "nobody", from: "qingdao-rail", to: "almaty-rail", bidirectional: false))
    data.transfers.append(
      TransferRecord(
        id: "t9", kind: .modeChange, from: "almaty-rail", to: "almaty-rail", bidirectional: false,
        time: .zero,
        tariff: Tariff(), timeSources: ["s"], costSources: ["s"]))
    let found = issues(data)
    for expected in [
      "services/carrier: unknown carrier 'nobody'",
      "services/to: rail service joins 1435 mm and 1520 mm without a gauge change; add a gauge-change transfer",
      "services/to: crosses from cn to eaeu over land between 'qingdao' and 'almaty' but border_crossings has no such crossing",
      "transfers/time: handling time must be positive",
      "transfers/per_feu_usd: no rate: give per_teu_usd, per_feu_usd or per_kg_usd",
      "transfers/to: a mode change needs terminals of two modes",
      "transfers/to: a transfer cannot start and end at one terminal",
    ] {
      #expect(found.contains(expected), "missing \(expected) in \(found)")
    }
  }

  @Test func timetablesReportUnknownServicesWrongDirectionsAndSecondTimetables() {
    var data = LiteralNetwork.data()
    data.timetables += [
      TimetableRecord(service: "s2", direction: .reverse, headway: Minutes(60), sources: ["s"]),
      TimetableRecord(service: "s1", direction: .forward, headway: Minutes(60), sources: ["s"]),
      TimetableRecord(service: "s7", direction: .forward, headway: Minutes(60), sources: ["s"]),
      TimetableRecord(service: "s1", direction: .reverse, headway: .zero, sources: ["s"]),
    ]
    let found = issues(data)
    for expected in [
      "timetables/direction: service 's2' runs one way only",
      "timetables/direction: a second timetable for s1/forward",
      "timetables/service: unknown service 's7'",
      "timetables/headway: headway must be positive",
    ] {
      #expect(found.contains(expected), "missing \(expected) in \(found)")
    }
  }

  @Test func documentsReportRegimesOperatorsAndCoverage() {
    var data = LiteralNetwork.data()
    data.documentRegimes.append(data.documentRegimes[0])
    data.services[1].document = .cmr
    data.operators.append(data.operators[0])
    data.operatorCoverage += [
      OperatorCoverageRecord(operatorID: "ghost", carrier: "crct", sources: ["s"]),
      OperatorCoverageRecord(operatorID: "op", carrier: "crct", service: "s1", sources: ["s"]),
      OperatorCoverageRecord(operatorID: "op", service: "s8", sources: ["s"]),
    ]
    let found = issues(data)
    for expected in [
      "document_regimes/id: duplicate regime 'smgs'",
      "services/document: regime 'cmr' is not in document_regimes",
      "services/document: a rail service cannot travel under cmr",
      "operators/id: duplicate id 'op'",
      "operator_services/operator: unknown operator 'ghost'",
      "operator_services/carrier: give exactly one of carrier or service",
      "operator_services/service: unknown service 's8'",
    ] {
      #expect(found.contains(expected), "missing \(expected) in \(found)")
    }
  }

  @Test func anInvalidNetworkThrowsEveryIssue() {
    var data = LiteralNetwork.data()
    data.terminals[0].city = "atlantis"
    data.services[0].carrier = "nobody"
    #expect(throws: InvalidNetworkError.self) { try TransportNetwork(data) }
    do {
      _ = try TransportNetwork(data)
    } catch {
      #expect(error.issues.count == built(data).issues.count)
      #expect(error.issues.count >= 2)
    }
  }
}
