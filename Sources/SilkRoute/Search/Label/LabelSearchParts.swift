/// The dominance dimensions of a search as one all-ones or all-zeros mask per criterion: `a`
/// weakly dominates `b` iff no masked difference `b − a` is negative, tested without branches
/// (the criteria are far from overflow: sums of path weights).
struct DominanceMask {
  var cost: Int64 = 0
  var time: Int64 = 0
  var co2: Int64 = 0
  var legs: Int64 = 0
  var transfers: Int64 = 0
  var documents: Int64 = 0

  init(_ dimensions: [CriteriaVector.Dimension]) {
    for dimension in dimensions {
      switch dimension {
      case .cost: cost = -1
      case .time: time = -1
      case .co2: co2 = -1
      case .legs: legs = -1
      case .transfers: transfers = -1
      case .documents: documents = -1
      }
    }
  }

  /// `a` is at most `b` in every masked dimension (always true with no dimension).
  @inline(__always) func dominates(_ a: CriteriaVector, _ b: CriteriaVector) -> Bool {
    let exceeds =
      ((b.cost &- a.cost) & cost) | ((b.time &- a.time) & time) | ((b.co2 &- a.co2) & co2)
      | ((b.legs &- a.legs) & legs) | ((b.transfers &- a.transfers) & transfers)
      | ((b.documents &- a.documents) & documents)
    return exceeds >= 0
  }
}

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

/// A binary min-heap of queue entries on one contiguous array, kept with its capacity between
/// searches.
struct LabelQueue {
  typealias Entry = LabelSearch.QueueEntry
  var entries: [Entry] = []

  mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

  mutating func insert(_ entry: Entry) {
    entries.append(entry)
    entries.withUnsafeMutableBufferPointer { heap in
      var child = heap.count - 1
      while child > 0 {
        let parent = (child - 1) / 2
        guard entry < heap[parent] else { break }
        heap[child] = heap[parent]
        child = parent
      }
      heap[child] = entry
    }
  }

  mutating func popMin() -> Entry? {
    guard let last = entries.popLast() else { return nil }
    guard !entries.isEmpty else { return last }
    return entries.withUnsafeMutableBufferPointer { heap in
      let top = heap[0]
      let count = heap.count
      var parent = 0
      while true {
        var child = 2 * parent + 1
        guard child < count else { break }
        if child + 1 < count && heap[child + 1] < heap[child] { child += 1 }
        guard heap[child] < last else { break }
        heap[parent] = heap[child]
        parent = child
      }
      heap[parent] = last
      return top
    }
  }
}
