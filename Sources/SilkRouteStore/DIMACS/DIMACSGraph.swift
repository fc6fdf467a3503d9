import Foundation

/// A 9th DIMACS Implementation Challenge shortest-path graph (`.gr`), as parallel arrays with
/// 0-based nodes.
///
/// The format: `c` lines are comments; one problem line `p sp N M` declares N nodes and M arcs;
/// then M arc lines `a TAIL HEAD WEIGHT` with 1-based node ids and a non-negative integer weight.
/// Parallel arcs and self-loops are kept as read (`DIMACSImport` rejects self-loops).
public struct DIMACSGraph: Hashable, Sendable {
  /// The largest weight read: 2^32 − 1, so that path lengths over up to 2^31 arcs fit in `Int64`.
  public static let maximumWeight: Int64 = 4_294_967_295
  /// The largest node or arc count: node and arc indices are 32-bit in `TransportNetwork`.
  public static let maximumCount = Int(Int32.max)
  /// Nodes a graph may declare beyond those its arcs can touch (2 per arc): isolated nodes
  /// cannot be routed to, and a declared size is checked before anything is allocated for it.
  public static let maximumIsolatedNodes = 1_000

  public var nodeCount: Int
  /// Per arc, its tail node (0-based).
  public var tails: [UInt32]
  /// Per arc, its head node (0-based).
  public var heads: [UInt32]
  /// Per arc, its weight, in 0...`maximumWeight`.
  public var weights: [Int64]
  /// The `c` lines' text, without the `c`, in file order.
  public var comments: [String]
  /// The file name errors cite.
  public var file: String
  /// Per arc, the 1-based line it was read from; empty for a graph built in memory.
  public var arcLines: [UInt32]
  /// Where the problem line declares the node count (line 0 for a graph built in memory).
  public var nodeCountLocation: SourceLocation
  /// Where the problem line declares the arc count (line 0 for a graph built in memory).
  public var arcCountLocation: SourceLocation

  public var arcCount: Int { tails.count }

  public init(
    nodeCount: Int, tails: [UInt32], heads: [UInt32], weights: [Int64], comments: [String] = [],
    file: String = "graph.gr", arcLines: [UInt32] = []
  ) {
    self.nodeCount = nodeCount
    self.tails = tails
    self.heads = heads
    self.weights = weights
    self.comments = comments
    self.file = file
    self.arcLines = arcLines
    nodeCountLocation = SourceLocation(file: file, line: 0, column: 1)
    arcCountLocation = nodeCountLocation
  }

  /// Where arc `arc` was read (its line, column 1), or the file alone for a graph built in memory.
  public func location(ofArc arc: Int) -> SourceLocation {
    let line = arc < arcLines.count ? Int(arcLines[arc]) : 0
    return SourceLocation(file: file, line: line, column: 1)
  }

  /// Reads the `.gr` file at `path`; errors cite its last path component.
  ///
  /// - Throws: `StoreError` when the file cannot be read, `DataFileError` when it is malformed.
  public static func read(_ path: String) throws -> DIMACSGraph {
    let data = try DIMACSScanner.contents(of: path)
    return try DIMACSGraph(parsing: data, file: URL(fileURLWithPath: path).lastPathComponent)
  }

  public init(parsing text: String, file: String) throws(DataFileError) {
    try self.init(parsing: Data(text.utf8), file: file)
  }

  /// Parses `.gr` bytes, checking everything: one problem line before any arc, node ids in
  /// 1...N, weights non-negative integers up to `maximumWeight`, four fields per arc line, exactly
  /// M arcs, no other line types.
  ///
  /// - Complexity: O(bytes), one pass, no allocation per line.
  /// - Throws: `DataFileError` at the offending field, with the text found there.
  public init(parsing data: Data, file: String) throws(DataFileError) {
    self = try DIMACSScanner.scan(data, file: file) { (scanner) throws(DataFileError) in
      try Self.parse(&scanner, capacityHint: data.count / 8)
    }
  }

  private static func parse(_ scanner: inout DIMACSScanner, capacityHint: Int) throws(DataFileError)
    -> DIMACSGraph
  {
    var graph = DIMACSGraph(nodeCount: 0, tails: [], heads: [], weights: [], file: scanner.file)
    var declaredArcs = -1
    var problemLine = 0
    while scanner.nextLine() {
      if scanner.field(0, is: "a") {
        guard declaredArcs >= 0 else {
          throw scanner.error(at: 0, "arc before the problem line 'p sp NODES ARCS'")
        }
        guard scanner.fieldCount == 4 else {
          throw scanner.fieldCountError(expected: 4, form: "a TAIL HEAD WEIGHT")
        }
        guard graph.tails.count < declaredArcs else {
          throw scanner.error(at: 0, "more arcs than the \(declaredArcs) declared at line \(problemLine)")
        }
        let tail = try node(1, "tail", &scanner, nodeCount: graph.nodeCount)
        let head = try node(2, "head", &scanner, nodeCount: graph.nodeCount)
        let weight: Int64
        switch scanner.number(3, maximum: maximumWeight) {
        case .value(let value): weight = value
        case .negative: throw scanner.error(at: 3, field: "weight", "negative weight")
        case .notInteger: throw scanner.error(at: 3, field: "weight", "expected a non-negative integer")
        case .tooLarge: throw scanner.error(at: 3, field: "weight", "weight above \(maximumWeight)")
        }
        graph.tails.append(tail)
        graph.heads.append(head)
        graph.weights.append(weight)
        graph.arcLines.append(UInt32(truncatingIfNeeded: scanner.line))
      } else if scanner.field(0, is: "c") {
        graph.comments.append(scanner.rest(from: 1))
      } else if scanner.field(0, is: "p") {
        guard declaredArcs < 0 else {
          throw scanner.error(at: 0, "a second problem line (the first is at line \(problemLine))")
        }
        declaredArcs = try problem(&scanner, into: &graph, capacityHint: capacityHint)
        graph.nodeCountLocation = scanner.location(of: 2)
        graph.arcCountLocation = scanner.location(of: 3)
        problemLine = scanner.line
      } else {
        throw scanner.error(at: 0, "unknown line type: expected 'c', 'p' or 'a'")
      }
    }
    guard declaredArcs >= 0 else {
      throw DataFileError(
        location: SourceLocation(file: scanner.file, line: 1, column: 1),
        message: "no problem line 'p sp NODES ARCS'")
    }
    guard graph.tails.count == declaredArcs else {
      throw DataFileError(
        location: graph.arcCountLocation, field: "arcs", value: "\(declaredArcs)",
        message: "the problem line declares \(declaredArcs) arcs but the file has \(graph.tails.count)")
    }
    return graph
  }

  /// The problem line `p sp NODES ARCS`: sets the node count, checks both sizes against the file
  /// before anything is allocated for them, reserves the arc arrays and returns the arc count.
  private static func problem(
    _ scanner: inout DIMACSScanner, into graph: inout DIMACSGraph, capacityHint: Int
  )
    throws(DataFileError) -> Int
  {
    guard scanner.fieldCount == 4 else {
      throw scanner.fieldCountError(expected: 4, form: "p sp NODES ARCS")
    }
    guard scanner.field(1, is: "sp") else {
      throw scanner.error(at: 1, "expected the problem type 'sp' (shortest paths)")
    }
    graph.nodeCount = try count(2, "nodes", &scanner, minimum: 1)
    let declaredArcs = try count(3, "arcs", &scanner, minimum: 0)
    // A size is checked before anything is allocated for it: arcs take at least 8 bytes
    // each ("a 1 2 3\n"), and nodes beyond what the arcs touch would be isolated.
    guard declaredArcs <= scanner.byteCount / 8 else {
      throw scanner.error(
        at: 3, field: "arcs",
        "declares \(declaredArcs) arcs but a file of \(scanner.byteCount) bytes holds at most \(scanner.byteCount / 8)"
      )
    }
    guard graph.nodeCount <= 2 * declaredArcs + maximumIsolatedNodes else {
      throw scanner.error(
        at: 2, field: "nodes",
        "declares \(graph.nodeCount) nodes but \(declaredArcs) arcs touch at most \(2 * declaredArcs)"
          + " (at most \(maximumIsolatedNodes) isolated nodes)")
    }
    let capacity = min(declaredArcs, capacityHint + 1)
    graph.tails.reserveCapacity(capacity)
    graph.heads.reserveCapacity(capacity)
    graph.weights.reserveCapacity(capacity)
    graph.arcLines.reserveCapacity(capacity)
    return declaredArcs
  }

  /// Field `index` as a 1-based node id, returned 0-based.
  private static func node(
    _ index: Int, _ name: String, _ scanner: inout DIMACSScanner, nodeCount: Int
  ) throws(DataFileError) -> UInt32 {
    switch scanner.number(index, maximum: Int64(nodeCount)) {
    case .value(let id) where id >= 1:
      return UInt32(truncatingIfNeeded: id - 1)
    case .notInteger:
      throw scanner.error(at: index, field: name, "expected a node id in 1...\(nodeCount)")
    default:
      throw scanner.error(at: index, field: name, "node id outside 1...\(nodeCount)")
    }
  }

  /// Field `index` as a count in `minimum`...`maximumCount`.
  static func count(
    _ index: Int, _ name: String, _ scanner: inout DIMACSScanner, minimum: Int
  ) throws(DataFileError) -> Int {
    switch scanner.number(index, maximum: Int64(maximumCount)) {
    case .value(let value) where value >= minimum:
      return Int(value)
    case .tooLarge:
      throw scanner.error(at: index, field: name, "more than \(maximumCount)")
    default:
      throw scanner.error(at: index, field: name, "expected an integer in \(minimum)...\(maximumCount)")
    }
  }
}
