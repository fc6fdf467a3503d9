import Foundation

/// A uniform grid over a set of points (indices into the caller's array), in compressed sparse
/// row form, for nearest-neighbour queries. Ties are broken by index, so results are deterministic.
struct SpatialGrid {
  let points: [GeoPoint]
  /// Which of `points` the grid holds.
  private let minLatitude: Double
  private let minLongitude: Double
  private let cellSize: Double
  private let rows: Int
  private let columns: Int
  private var firstInCell: [Int32]
  private var members: [Int32]

  /// - Parameters:
  ///   - points: every point (shared with the caller, indices refer to it).
  ///   - subset: the indices to index, in ascending order.
  init(points: [GeoPoint], subset: [Int32], box: Box) {
    self.points = points
    minLatitude = box.latitudes.lowerBound
    minLongitude = box.longitudes.lowerBound
    let area =
      (box.latitudes.upperBound - box.latitudes.lowerBound)
      * (box.longitudes.upperBound - box.longitudes.lowerBound)
    cellSize = max(0.05, (area * 3 / Double(max(subset.count, 1))).squareRoot())
    rows = Int((box.latitudes.upperBound - minLatitude) / cellSize) + 1
    columns = Int((box.longitudes.upperBound - minLongitude) / cellSize) + 1
    firstInCell = [Int32](repeating: 0, count: rows * columns + 1)
    var cellOf = [Int](repeating: 0, count: subset.count)
    for (position, point) in subset.enumerated() {
      let cell = Self.cell(points[Int(point)], minLatitude, minLongitude, cellSize, rows, columns)
      cellOf[position] = cell
      firstInCell[cell + 1] += 1
    }
    for cell in 0..<(rows * columns) { firstInCell[cell + 1] += firstInCell[cell] }
    var next = firstInCell
    members = [Int32](repeating: 0, count: subset.count)
    for (position, point) in subset.enumerated() {
      members[Int(next[cellOf[position]])] = point
      next[cellOf[position]] += 1
    }
  }

  private static func cell(
    _ point: GeoPoint, _ minLatitude: Double, _ minLongitude: Double, _ cellSize: Double, _ rows: Int,
    _ columns: Int
  ) -> Int {
    let row = min(rows - 1, max(0, Int((point.latitude - minLatitude) / cellSize)))
    let column = min(columns - 1, max(0, Int((point.longitude - minLongitude) / cellSize)))
    return row * columns + column
  }

  /// Up to `count` points nearest to point `origin` (never `origin` itself) that `accept` lets
  /// through, nearest first.
  func nearest(to origin: Int32, count: Int, accept: (Int32) -> Bool = { _ in true }) -> [Int32] {
    guard count > 0 else { return [] }
    let center = points[Int(origin)]
    let scale = cos(center.latitude * Double.pi / 180)
    let row = min(rows - 1, max(0, Int((center.latitude - minLatitude) / cellSize)))
    let column = min(columns - 1, max(0, Int((center.longitude - minLongitude) / cellSize)))
    var best: [(distance: Double, point: Int32)] = []
    best.reserveCapacity(count + 1)
    let maxRing = max(rows, columns)
    var ring = 0
    while ring <= maxRing {
      // Points outside ring r-1 lie at least (r-1) cells away in latitude or (scaled) longitude.
      if best.count == count {
        let reach = Double(ring - 1) * cellSize * min(1, scale)
        if reach * reach > best[best.count - 1].distance { break }
      }
      for r in (row - ring)...(row + ring) where r >= 0 && r < rows {
        let onEdge = r == row - ring || r == row + ring
        let step = onEdge ? 1 : max(1, 2 * ring)
        var c = column - ring
        while c <= column + ring {
          if c >= 0 && c < columns {
            let cell = r * columns + c
            for slot in Int(firstInCell[cell])..<Int(firstInCell[cell + 1]) {
              let point = members[slot]
              guard point != origin, accept(point) else { continue }
              let distance = center.planarSquared(to: points[Int(point)], longitudeScale: scale)
              if best.count == count {
                let last = best[best.count - 1]
                if distance > last.distance || (distance == last.distance && point > last.point) { continue }
                best.removeLast()
              }
              var index = best.count
              while index > 0
                && (best[index - 1].distance > distance
                  || (best[index - 1].distance == distance && best[index - 1].point > point))
              {
                index -= 1
              }
              best.insert((distance, point), at: index)
            }
          }
          c += step
        }
      }
      ring += 1
    }
    return best.map(\.point)
  }
}
