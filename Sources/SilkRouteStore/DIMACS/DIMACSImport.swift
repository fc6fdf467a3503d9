import SilkRoute

/// A 9th DIMACS `.gr` graph as a SilkRoute network whose chosen criterion is the DIMACS weight, so
/// that standard research instances (and other tools' graphs) can be routed here.
///
/// The network: one synthetic country `XX` in one customs territory `dimacs` (so no customs
/// clearance is ever added), one city `n<k>` and one road terminal `n<k>` per node k (1-based),
/// placed by the `.co` coordinates when given and at 0°, 0° otherwise, and one one-way road
/// service `a<i>` per arc i (1-based, file order) run by the carrier `dimacs`.
///
/// For one FEU (`Cargo.containers(1, .feu)`, the default cargo) the chosen criterion of service
/// `a<i>` equals the DIMACS weight exactly, as `CargoCostModel.weight(of:)` computes it, and the
/// other two are neutral:
///
/// | weight | cost per FEU | transit | distance | CO2 intensity |
/// |---|---|---|---|---|
/// | `cost` | W cents | 1 min | 1 km | 0 g/tkm |
/// | `time` | 0 cents | W min | 1 km | 0 g/tkm |
/// | `co2` | 0 cents | 1 min | 1 km | W/20 g/tkm |
///
/// So under `cost` or `co2` the fastest route is the one with the fewest arcs. Two limits follow
/// from the model: a service takes at least a minute, so a `time` weight must be positive; and one
/// FEU is 20 t of payload, so a service's CO2 over 1 km is a multiple of 20 g: a `co2` weight must be
/// a multiple of 20, or 1 (which `DIMACSExport` writes for a zero, and reads back as 0 g). Parallel
/// arcs are kept, as separate services; self-loops are rejected (a service joins two terminals).
public enum DIMACSImport {
  /// The country, customs territory, carrier and source ids of an imported network.
  public static let country = "XX"
  public static let territory = "dimacs"
  public static let carrier = "dimacs"
  public static let graphSource = "dimacs-graph"
  public static let neutralSource = "dimacs-neutral"

  /// One FEU's payload in tonnes: the CO2 of 1 km at 1 g/tkm.
  static let gramsPerIntensityUnit: Int64 = 20

  /// The network whose `weight` criterion is `graph`'s weights.
  ///
  /// - Throws: `DataFileError` at the arc (or coordinate count) that cannot be represented: a
  ///   self-loop, a zero `time`, a `co2` not a multiple of 20, a coordinate file for another node
  ///   count.
  public static func network(
    from graph: DIMACSGraph, weight: DIMACSExport.Weight, coordinates: DIMACSCoordinates? = nil
  ) throws(DataFileError) -> NetworkData {
    if let coordinates, coordinates.nodeCount != graph.nodeCount {
      throw DataFileError(
        location: coordinates.nodeCountLocation, field: "nodes", value: "\(coordinates.nodeCount)",
        message: "coordinates for \(coordinates.nodeCount) nodes, but \(graph.file) has \(graph.nodeCount)")
    }
    var data = frame(of: graph, weight: weight, coordinates: coordinates)
    data.cities.reserveCapacity(graph.nodeCount)
    data.terminals.reserveCapacity(graph.nodeCount)
    let graphSources = [graphSource]
    let neutral = [neutralSource]
    for node in 0..<graph.nodeCount {
      let id = "n\(node + 1)"
      data.cities.append(
        CityRecord(
          id: id, name: "Node \(node + 1)", country: country, latitude: coordinates?.latitude(of: node) ?? 0,
          longitude: coordinates?.longitude(of: node) ?? 0, status: .inferred,
          sources: coordinates == nil ? neutral : graphSources))
      data.terminals.append(
        TerminalRecord(id: id, city: id, mode: .road, name: "Node \(node + 1)", sources: graphSources))
    }
    data.services.reserveCapacity(graph.arcCount)
    for arc in 0..<graph.arcCount {
      data.services.append(try service(arc: arc, of: graph, weight: weight))
    }
    return data
  }

  /// What every imported network shares: its sources (the graph and the neutral figures), the
  /// customs territory, the country and the carrier.
  private static func frame(
    of graph: DIMACSGraph, weight: DIMACSExport.Weight, coordinates: DIMACSCoordinates?
  ) -> NetworkData {
    var data = NetworkData()
    let unit: String =
      switch weight {
      case .cost: "US cents per FEU"
      case .time: "minutes"
      case .co2: "grams CO2e per FEU"
      }
    data.sources = [
      SourceRecord(
        id: graphSource, kind: .dataset,
        citation: "9th DIMACS Implementation Challenge shortest-path graph \(graph.file)"
          + " (\(graph.nodeCount) nodes, \(graph.arcCount) arcs)",
        note: "arc weights read as \(weight.rawValue) in \(unit)"
          + (coordinates.map { "; coordinates from \($0.file)" } ?? "")),
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

  /// Arc `arc` as the one-way road service `a<arc + 1>` whose `weight` criterion is the arc's
  /// weight for one FEU, the other two neutral.
  private static func service(
    arc: Int, of graph: DIMACSGraph, weight: DIMACSExport.Weight
  ) throws(DataFileError) -> ServiceRecord {
    let graphSources = [graphSource]
    let neutral = [neutralSource]
    let tail = Int(graph.tails[arc])
    let head = Int(graph.heads[arc])
    let value = graph.weights[arc]
    guard tail != head else {
      throw DataFileError(
        location: graph.location(ofArc: arc), value: "\(tail + 1)",
        message: "self-loop on node \(tail + 1): a service joins two terminals")
    }
    var cost = Cents.zero
    var transit = Minutes(1)
    var intensity = GramsPerTonneKilometre.zero
    switch weight {
    case .cost:
      cost = Cents(value)
    case .time:
      guard value > 0 else {
        throw DataFileError(
          location: graph.location(ofArc: arc), field: "weight", value: "\(value)",
          message: "a time weight must be positive: a service takes at least one minute")
      }
      transit = Minutes(value)
    case .co2:
      guard value == 1 || value % gramsPerIntensityUnit == 0 else {
        throw DataFileError(
          location: graph.location(ofArc: arc), field: "weight", value: "\(value)",
          message: "a co2 weight must be a multiple of 20 g (one FEU is 20 t) or 1 (an exported zero)")
      }
      intensity = GramsPerTonneKilometre(value == 1 ? 0 : value / gramsPerIntensityUnit)
    }
    return ServiceRecord(
      id: "a\(arc + 1)", mode: .road, carrier: carrier, from: "n\(tail + 1)", to: "n\(head + 1)",
      bidirectional: false, distance: Kilometres(1), transit: transit, tariff: Tariff(perFEU: cost),
      co2Intensity: intensity, distanceSources: neutral,
      timeSources: weight == .time ? graphSources : neutral,
      tariffSources: weight == .cost ? graphSources : neutral,
      co2Sources: weight == .co2 ? graphSources : neutral)
  }
}
