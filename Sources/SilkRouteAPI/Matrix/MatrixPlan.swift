import SilkRoute

/// A ``RouteMatrix`` checked against the network: its cities resolved (each once, in the order
/// asked) and its request checked once. Its cells are every origin–destination pair, origin by
/// origin in the order asked, except those whose origin and destination are one city (skipped:
/// there is no route from a city to itself).
public struct MatrixPlan: Sendable {
  public let origins: [CityID]
  public let destinations: [CityID]
  /// The request of every cell, but for its `from` and `to`.
  public let request: RouteRequest
  /// The request's warnings (fields accepted but not applied), the same for every cell.
  public internal(set) var warnings: [RequestWarning] = []
  /// Every cell's quote id from its cities (nil: each cell's key is encoded).
  var quoteTemplate: QuoteKeyTemplate?
  /// The cell count before each origin's row (rows lose the cell of their own city).
  private let rowStarts: [Int]
  /// Where each origin stands among the destinations, if it is one.
  private let ownColumn: [Int?]
  /// The string each city is named by in a cell's request: one that resolves to it alone.
  private let requestNames: [CityID: String]

  init(origins: [CityID], destinations: [CityID], request: RouteRequest, requestNames: [CityID: String]) {
    self.origins = origins
    self.destinations = destinations
    self.request = request
    self.requestNames = requestNames
    let column = Dictionary(destinations.enumerated().map { ($1, $0) }) { first, _ in first }
    ownColumn = origins.map { column[$0] }
    var starts: [Int] = []
    var total = 0
    for own in ownColumn {
      starts.append(total)
      total += destinations.count - (own == nil ? 0 : 1)
    }
    rowStarts = starts + [total]
  }

  /// The number of cells.
  public var cellCount: Int { rowStarts.last ?? 0 }

  /// The origin and destination of cell `index` (`0..<cellCount`).
  public func pair(at index: Int) -> MatrixPair {
    // The last row starting at or before `index`.
    var (low, high) = (0, origins.count - 1)
    while low < high {
      let middle = (low + high + 1) / 2
      if rowStarts[middle] <= index { low = middle } else { high = middle - 1 }
    }
    var column = index - rowStarts[low]
    if let own = ownColumn[low], column >= own { column += 1 }
    return MatrixPair(origin: origins[low], destination: destinations[column])
  }

  /// The cell's request: ``request`` from the cell's origin to its destination.
  public func request(for pair: MatrixPair) -> RouteRequest {
    var request = request
    request.from = requestNames[pair.origin] ?? ""
    request.to = requestNames[pair.destination] ?? ""
    return request
  }
}
