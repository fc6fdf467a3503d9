extension DIMACSImport {
  /// Checks that the weight files describe one graph: each has the first file's node count and its
  /// arcs (tail, head) in the same order, and each gives its own criterion.
  ///
  /// - Complexity: O(arcs × files).
  /// - Throws: `DataFileError` in the later file: at its node or arc count, at the first arc that
  ///   differs (naming the first file's arc there), or at a criterion given twice.
  static func checkSameArcs(_ graphs: [WeightedGraph]) throws(DataFileError) {
    guard let reference = graphs.first?.graph else { return }
    for (index, weighted) in graphs.enumerated().dropFirst() {
      let graph = weighted.graph
      if let earlier = graphs[..<index].first(where: { $0.weight == weighted.weight }) {
        throw DataFileError(
          location: SourceLocation(file: graph.file, line: 0, column: 1), value: weighted.weight.rawValue,
          message: "the \(weighted.weight.rawValue) weight already comes from \(earlier.graph.file):"
            + " each criterion comes from one file")
      }
      guard graph.nodeCount == reference.nodeCount else {
        throw DataFileError(
          location: graph.nodeCountLocation, field: "nodes", value: "\(graph.nodeCount)",
          message: "\(graph.nodeCount) nodes, but \(reference.file) has \(reference.nodeCount):"
            + " the weight files must describe the same graph")
      }
      try checkArcs(of: graph, against: reference)
    }
  }

  /// The arcs of `graph` are those of `reference`, in the same order.
  private static func checkArcs(of graph: DIMACSGraph, against reference: DIMACSGraph)
    throws(DataFileError)
  {
    let common = min(graph.arcCount, reference.arcCount)
    var arc = 0
    while arc < common && graph.tails[arc] == reference.tails[arc] && graph.heads[arc] == reference.heads[arc]
    {
      arc += 1
    }
    if arc < common {
      throw DataFileError(
        location: graph.location(ofArc: arc), value: arcText(arc, of: graph),
        message: "arc \(arc + 1) differs from \(place(arc, of: reference)) (\(arcText(arc, of: reference))):"
          + " the weight files must list the same arcs (tail, head) in the same order")
    }
    guard graph.arcCount == reference.arcCount else {
      let longer = graph.arcCount > reference.arcCount ? graph : reference
      throw DataFileError(
        location: graph.arcCountLocation, field: "arcs", value: "\(graph.arcCount)",
        message: "\(graph.arcCount) arcs, but \(reference.file) has \(reference.arcCount)"
          + " (the first unmatched is arc \(common + 1), \(place(common, of: longer)):"
          + " \(arcText(common, of: longer))): the weight files must list the same arcs in the same order")
    }
  }

  /// Arc `arc` of `graph` as its line reads, without the weight: `a TAIL HEAD`.
  private static func arcText(_ arc: Int, of graph: DIMACSGraph) -> String {
    "a \(graph.tails[arc] + 1) \(graph.heads[arc] + 1)"
  }

  /// `file:line` of arc `arc`, or its file alone for a graph built in memory.
  private static func place(_ arc: Int, of graph: DIMACSGraph) -> String {
    let location = graph.location(ofArc: arc)
    return location.line > 0 ? "\(graph.file):\(location.line)" : graph.file
  }
}
