import Foundation

/// Node coordinates of a 9th DIMACS Challenge graph (`.co`), as in the USA road instances:
/// `p aux sp co N`, then one `v ID X Y` per node with X the longitude and Y the latitude in
/// millionths of a degree (`v 1 -73530767 41085396`).
public struct DIMACSCoordinates: Hashable, Sendable {
  public var nodeCount: Int
  /// Per node (0-based), longitude × 10^6, in −180·10^6...180·10^6.
  public var longitudes: [Int32]
  /// Per node (0-based), latitude × 10^6, in −90·10^6...90·10^6.
  public var latitudes: [Int32]
  /// The file name errors cite.
  public var file: String
  /// Where the problem line declares the node count (for a count that does not match the graph).
  public var nodeCountLocation: SourceLocation

  public init(
    longitudes: [Int32], latitudes: [Int32], file: String = "graph.co",
    nodeCountLocation: SourceLocation? = nil
  ) {
    self.nodeCount = longitudes.count
    self.longitudes = longitudes
    self.latitudes = latitudes
    self.file = file
    self.nodeCountLocation = nodeCountLocation ?? SourceLocation(file: file, line: 0, column: 1)
  }

  /// Node `node`'s (0-based) latitude in degrees.
  public func latitude(of node: Int) -> Double { Double(latitudes[node]) / 1_000_000 }

  /// Node `node`'s (0-based) longitude in degrees.
  public func longitude(of node: Int) -> Double { Double(longitudes[node]) / 1_000_000 }

  /// Reads the `.co` file at `path`; errors cite its last path component.
  ///
  /// - Throws: `StoreError` when the file cannot be read, `DataFileError` when it is malformed.
  public static func read(_ path: String) throws -> DIMACSCoordinates {
    let data = try DIMACSScanner.contents(of: path)
    return try DIMACSCoordinates(parsing: data, file: URL(fileURLWithPath: path).lastPathComponent)
  }

  public init(parsing text: String, file: String) throws(DataFileError) {
    try self.init(parsing: Data(text.utf8), file: file)
  }

  /// Parses `.co` bytes: one problem line before any node, every node exactly once, integer
  /// coordinates within the degree ranges, four fields per `v` line, no other line types.
  ///
  /// - Throws: `DataFileError` at the offending field, with the text found there.
  public init(parsing data: Data, file: String) throws(DataFileError) {
    self = try DIMACSScanner.scan(data, file: file) { (scanner) throws(DataFileError) in
      try Self.parse(&scanner)
    }
  }

  private static let unset = Int32.min

  private static func parse(_ scanner: inout DIMACSScanner) throws(DataFileError) -> DIMACSCoordinates {
    var result = DIMACSCoordinates(longitudes: [], latitudes: [], file: scanner.file)
    result.nodeCount = -1
    var seenLine: [UInt32] = []
    var problemLine = 0
    var given = 0
    while scanner.nextLine() {
      if scanner.field(0, is: "v") {
        guard result.nodeCount >= 0 else {
          throw scanner.error(at: 0, "node before the problem line 'p aux sp co NODES'")
        }
        guard scanner.fieldCount == 4 else {
          throw scanner.fieldCountError(expected: 4, form: "v ID LONGITUDE LATITUDE")
        }
        let node: Int
        switch scanner.number(1, maximum: Int64(result.nodeCount)) {
        case .value(let id) where id >= 1: node = Int(id - 1)
        case .notInteger:
          throw scanner.error(at: 1, field: "id", "expected a node id in 1...\(result.nodeCount)")
        default: throw scanner.error(at: 1, field: "id", "node id outside 1...\(result.nodeCount)")
        }
        guard seenLine[node] == 0 else {
          throw scanner.error(at: 1, field: "id", "node \(node + 1) already placed at line \(seenLine[node])")
        }
        result.longitudes[node] = try degrees(2, "longitude", &scanner, limit: 180)
        result.latitudes[node] = try degrees(3, "latitude", &scanner, limit: 90)
        seenLine[node] = UInt32(truncatingIfNeeded: scanner.line)
        given += 1
      } else if scanner.field(0, is: "c") {
        continue
      } else if scanner.field(0, is: "p") {
        guard result.nodeCount < 0 else {
          throw scanner.error(at: 0, "a second problem line (the first is at line \(problemLine))")
        }
        guard scanner.fieldCount == 5 else {
          throw scanner.fieldCountError(expected: 5, form: "p aux sp co NODES")
        }
        guard scanner.field(1, is: "aux"), scanner.field(2, is: "sp"), scanner.field(3, is: "co") else {
          throw scanner.error(at: 1, "expected 'p aux sp co NODES'")
        }
        result.nodeCount = try DIMACSGraph.count(4, "nodes", &scanner, minimum: 1)
        result.nodeCountLocation = scanner.location(of: 4)
        // Every node needs a line of at least 8 bytes ("v 1 0 0\n"): check before allocating.
        guard result.nodeCount <= scanner.byteCount / 8 else {
          throw scanner.error(
            at: 4, field: "nodes",
            "declares \(result.nodeCount) nodes but a file of \(scanner.byteCount) bytes holds at most \(scanner.byteCount / 8) 'v' lines"
          )
        }
        problemLine = scanner.line
        result.longitudes = Array(repeating: unset, count: result.nodeCount)
        result.latitudes = Array(repeating: unset, count: result.nodeCount)
        seenLine = Array(repeating: 0, count: result.nodeCount)
      } else {
        throw scanner.error(at: 0, "unknown line type: expected 'c', 'p' or 'v'")
      }
    }
    guard result.nodeCount >= 0 else {
      throw DataFileError(
        location: SourceLocation(file: scanner.file, line: 1, column: 1),
        message: "no problem line 'p aux sp co NODES'")
    }
    if given < result.nodeCount, let missing = seenLine.firstIndex(of: 0) {
      throw DataFileError(
        location: result.nodeCountLocation, field: "nodes", value: "\(result.nodeCount)",
        message: "no coordinates for node \(missing + 1) (\(given) of \(result.nodeCount) nodes placed)")
    }
    return result
  }

  /// Field `index` as millionths of a degree in −limit...limit degrees.
  private static func degrees(
    _ index: Int, _ name: String, _ scanner: inout DIMACSScanner, limit: Int64
  ) throws(DataFileError) -> Int32 {
    switch scanner.number(index, maximum: limit * 1_000_000, signed: true) {
    case .value(let value): return Int32(value)
    case .tooLarge:
      throw scanner.error(
        at: index, field: name, "outside -\(limit)...\(limit) degrees (the unit is 10^-6 degree)")
    case .notInteger, .negative:
      throw scanner.error(at: index, field: name, "expected an integer in millionths of a degree")
    }
  }
}
