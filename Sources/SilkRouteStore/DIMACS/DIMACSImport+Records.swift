import SilkRoute

extension DIMACSImport {
  /// What every imported network shares: its sources (the graphs and the neutral figures), the
  /// customs territory, the country and the carrier.
  static func frame(of graphs: [WeightedGraph], coordinates: DIMACSCoordinates?) -> NetworkData {
    var data = NetworkData()
    let graph = graphs[0].graph
    let files = graphs.map(\.graph.file).joined(separator: ", ")
    let weights: String =
      graphs.count == 1
      ? "\(graphs[0].weight.rawValue) in \(unit(of: graphs[0].weight))"
      : graphs.map { "\($0.weight.rawValue) in \(unit(of: $0.weight)) (\($0.graph.file))" }
        .joined(separator: ", ")
    data.sources = [
      SourceRecord(
        id: graphSource, kind: .dataset,
        citation: "9th DIMACS Implementation Challenge shortest-path graph\(graphs.count == 1 ? "" : "s")"
          + " \(files) (\(graph.nodeCount) nodes, \(graph.arcCount) arcs)",
        note: "arc weights read as \(weights)" + (coordinates.map { "; coordinates from \($0.file)" } ?? "")),
      SourceRecord(
        id: neutralSource, kind: .estimate,
        citation: "neutral figures for the criteria not in the graph: 1 km per arc, and per FEU"
          + " USD 0.00, 1 minute and 0 g CO2e unless the DIMACS weight gives that criterion"),
    ]
    let graphSources = [graphSource]
    let neutral = [neutralSource]
    data.customsTerritories = [
      CustomsTerritoryRecord(
        id: territory, name: "DIMACS graph", entryClearance: .zero, entryClearanceCost: .zero,
        sources: neutral)
    ]
    data.countries = [
      CountryRecord(code: country, name: "DIMACS graph", customsTerritory: territory, sources: neutral)
    ]
    data.carriers = [
      CarrierRecord(
        id: carrier, name: "DIMACS arcs", country: country, kind: .trucking, sources: graphSources)
    ]
    return data
  }

  /// The unit a weight is read in, for the source note.
  private static func unit(of weight: DIMACSExport.Weight) -> String {
    switch weight {
    case .cost: "US cents per FEU"
    case .time: "minutes"
    case .co2: "grams CO2e per FEU"
    }
  }

  /// Arc `arc` as the one-way road service `a<arc + 1>` whose criteria are the arc's weights in
  /// `graphs` for one FEU, the others neutral. The arcs of `graphs` are the same (`checkSameArcs`).
  static func service(arc: Int, of graphs: [WeightedGraph]) throws(DataFileError) -> ServiceRecord {
    let graphSources = [graphSource]
    let neutral = [neutralSource]
    let reference = graphs[0].graph
    let tail = Int(reference.tails[arc])
    let head = Int(reference.heads[arc])
    guard tail != head else {
      throw DataFileError(
        location: reference.location(ofArc: arc), value: "\(tail + 1)",
        message: "self-loop on node \(tail + 1): a service joins two terminals")
    }
    var cost = Cents.zero
    var transit = Minutes(1)
    var intensity = GramsPerTonneKilometre.zero
    for weighted in graphs {
      let value = weighted.graph.weights[arc]
      switch weighted.weight {
      case .cost:
        cost = Cents(value)
      case .time:
        guard value > 0 else {
          throw DataFileError(
            location: weighted.graph.location(ofArc: arc), field: "weight", value: "\(value)",
            message: "a time weight must be positive: a service takes at least one minute")
        }
        transit = Minutes(value)
      case .co2:
        guard value == 1 || value % gramsPerIntensityUnit == 0 else {
          throw DataFileError(
            location: weighted.graph.location(ofArc: arc), field: "weight", value: "\(value)",
            message: "a co2 weight must be a multiple of 20 g (one FEU is 20 t) or 1 (an exported zero)")
        }
        intensity = GramsPerTonneKilometre(value == 1 ? 0 : value / gramsPerIntensityUnit)
      }
    }
    func sources(_ weight: DIMACSExport.Weight) -> [String] {
      graphs.contains { $0.weight == weight } ? graphSources : neutral
    }
    return ServiceRecord(
      id: "a\(arc + 1)", mode: .road, carrier: carrier, from: "n\(tail + 1)", to: "n\(head + 1)",
      bidirectional: false, distance: Kilometres(1), transit: transit, tariff: Tariff(perFEU: cost),
      co2Intensity: intensity, distanceSources: neutral,
      timeSources: sources(.time), tariffSources: sources(.cost), co2Sources: sources(.co2))
  }
}
