/// A two-dimensional Pareto staircase: points sorted by x ascending, y strictly descending, none
/// weakly dominating another.
struct Staircase {
  var x: [Int64] = []
  var y: [Int64] = []

  mutating func removeAll() {
    x.removeAll(keepingCapacity: true)
    y.removeAll(keepingCapacity: true)
  }

  /// Some point (x′, y′) has x′ ≤ `px` and y′ ≤ `py`.
  func covers(_ px: Int64, _ py: Int64) -> Bool {
    // The last point with x′ ≤ px has the least y′ among those.
    var low = 0
    var high = x.count
    while low < high {
      let middle = (low + high) / 2
      if x[middle] <= px { low = middle + 1 } else { high = middle }
    }
    return low > 0 && y[low - 1] <= py
  }

  /// Adds (px, py) unless covered, removing the points it covers.
  mutating func insert(_ px: Int64, _ py: Int64) {
    guard !covers(px, py) else { return }
    var low = 0
    var high = x.count
    while low < high {
      let middle = (low + high) / 2
      if x[middle] < px { low = middle + 1 } else { high = middle }
    }
    // The points from `low` on have x′ ≥ px; those it covers (y′ ≥ py) come first.
    var end = low
    while end < y.count && y[end] >= py { end += 1 }
    x.replaceSubrange(low..<end, with: CollectionOfOne(px))
    y.replaceSubrange(low..<end, with: CollectionOfOne(py))
  }
}
