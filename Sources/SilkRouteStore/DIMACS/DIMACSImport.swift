import SilkRoute

/// 9th DIMACS `.gr` graphs as a SilkRoute network whose criteria are the DIMACS weights, so that
/// standard research instances (and other tools' graphs) can be routed here: one graph for one
/// criterion, or several files of the same arcs, one per criterion, as the bi-objective instances
/// of the multi-objective shortest path literature pair the `-d` (distance) and `-t` (time) graphs.
///
/// The network: one synthetic country `XX` in one customs territory `dimacs` (so no customs
/// clearance is ever added), one city `n<k>` and one road terminal `n<k>` per node k (1-based),
/// placed by the `.co` coordinates when given and at 0°, 0° otherwise, and one one-way road
/// service `a<i>` per arc i (1-based, file order) run by the carrier `dimacs`.
///
/// For one FEU (`Cargo.containers(1, .feu)`, the default cargo) each given criterion of service
/// `a<i>` equals the weight W of arc i in that criterion's file exactly, as
/// `CargoCostModel.weight(of:)` computes it, and each criterion not given is neutral:
///
/// | criterion | given (weight W) | not given | source of the figure |
/// |---|---|---|---|
/// | `cost` | W cents per FEU | 0 cents | `dimacs-graph` / `dimacs-neutral` |
/// | `time` | W min transit | 1 min | `dimacs-graph` / `dimacs-neutral` |
/// | `co2` | W/20 g/tkm over 1 km (W g per FEU) | 0 g/tkm | `dimacs-graph` / `dimacs-neutral` |
/// | distance | — | 1 km | `dimacs-neutral` |
///
/// So without a `time` file the fastest route is the one with the fewest arcs. Two limits follow
/// from the model: a service takes at least a minute, so a `time` weight must be positive; and one
/// FEU is 20 t of payload, so a service's CO2 over 1 km is a multiple of 20 g: a `co2` weight must be
/// a multiple of 20, or 1 (which `DIMACSExport` writes for a zero, and reads back as 0 g). Parallel
/// arcs are kept, as separate services; self-loops are rejected (a service joins two terminals).
/// Several files must have the same node count and the same arcs (tail, head) in the same order
/// (`checkSameArcs`), and give different criteria.
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
    try network(from: [WeightedGraph(graph, weight: weight)], coordinates: coordinates)
  }

  /// The network whose criteria are the weights of `graphs`, each file giving its own criterion;
  /// the first file's nodes and arcs are the network's.
  ///
  /// - Precondition: `graphs` is not empty.
  /// - Complexity: O(nodes + arcs × files).
  /// - Throws: `DataFileError` where the files disagree (`checkSameArcs`: node count, arcs or
  ///   their order, a criterion given twice), at the arc that cannot be represented (a self-loop,
  ///   a zero `time`, a `co2` not a multiple of 20), or at a coordinate file for another node count.
  public static func network(
    from graphs: [WeightedGraph], coordinates: DIMACSCoordinates? = nil
  ) throws(DataFileError) -> NetworkData {
    precondition(!graphs.isEmpty, "at least one weight file")
    try checkSameArcs(graphs)
    let graph = graphs[0].graph
    if let coordinates, coordinates.nodeCount != graph.nodeCount {
      throw DataFileError(
        location: coordinates.nodeCountLocation, field: "nodes", value: "\(coordinates.nodeCount)",
        message: "coordinates for \(coordinates.nodeCount) nodes, but \(graph.file) has \(graph.nodeCount)")
    }
    var data = frame(of: graphs, coordinates: coordinates)
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
      data.services.append(try service(arc: arc, of: graphs))
    }
    return data
  }
}
