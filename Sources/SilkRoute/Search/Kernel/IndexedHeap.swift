/// An indexed d-ary min-heap of node ids keyed by 64-bit distances, with decrease-key: the priority
/// queue of the one-criterion searches (Boost's `d_ary_heap_indirect`; 4-ary by default). Each
/// node is in the heap at most once, so its capacity is the node count.
///
/// A value over unsafe buffers owned by the search object that made it (`allocate` /
/// `deallocate`), so the hot loop runs without reference counting, bounds checks or exclusivity
/// checks. Whether a node is in the heap is the caller's business (its timestamps know).
struct IndexedHeap {
  struct Entry {
    var key: UInt64
    var node: UInt32
  }

  private(set) var count = 0
  /// log2 of the arity.
  private let shift: Int
  private let entries: UnsafeMutablePointer<Entry>
  /// Per node: its position in `entries` while it is in the heap.
  private let slot: UnsafeMutablePointer<UInt32>

  /// - Parameter arity: children per heap node, 2, 4 or 8.
  static func allocate(capacity: Int, arity: Int) -> IndexedHeap {
    precondition([2, 4, 8].contains(arity), "heap arity must be 2, 4 or 8")
    return IndexedHeap(
      shift: arity.trailingZeroBitCount, entries: .allocate(capacity: max(capacity, 1)),
      slot: .allocate(capacity: max(capacity, 1)))
  }

  private init(shift: Int, entries: UnsafeMutablePointer<Entry>, slot: UnsafeMutablePointer<UInt32>) {
    self.shift = shift
    self.entries = entries
    self.slot = slot
  }

  func deallocate() {
    entries.deallocate()
    slot.deallocate()
  }

  var isEmpty: Bool { count == 0 }

  mutating func removeAll() { count = 0 }

  /// Adds `node`, which must not be in the heap.
  @inline(__always) mutating func insert(_ node: UInt32, key: UInt64) {
    count += 1
    siftUp(from: count - 1, Entry(key: key, node: node))
  }

  /// Lowers the key of `node`, which must be in the heap with a key ≥ `key`.
  @inline(__always) mutating func decrease(_ node: UInt32, to key: UInt64) {
    siftUp(from: Int(slot[Int(node)]), Entry(key: key, node: node))
  }

  /// Removes and returns the entry with the smallest key; the heap must not be empty.
  @inline(__always) mutating func removeMin() -> Entry {
    let top = entries[0]
    count -= 1
    if count > 0 { siftDown(from: 0, entries[count]) }
    return top
  }

  @inline(__always) private func siftUp(from start: Int, _ entry: Entry) {
    var position = start
    while position > 0 {
      let parent = (position - 1) >> shift
      let above = entries[parent]
      if above.key <= entry.key { break }
      entries[position] = above
      slot[Int(above.node)] = UInt32(truncatingIfNeeded: position)
      position = parent
    }
    entries[position] = entry
    slot[Int(entry.node)] = UInt32(truncatingIfNeeded: position)
  }

  @inline(__always) private func siftDown(from start: Int, _ entry: Entry) {
    var position = start
    while true {
      let first = (position << shift) + 1
      if first >= count { break }
      let end = min(first + (1 << shift), count)
      var best = first
      var bestKey = entries[first].key
      var child = first + 1
      while child < end {
        let key = entries[child].key
        if key < bestKey {
          best = child
          bestKey = key
        }
        child += 1
      }
      if bestKey >= entry.key { break }
      let below = entries[best]
      entries[position] = below
      slot[Int(below.node)] = UInt32(truncatingIfNeeded: position)
      position = best
    }
    entries[position] = entry
    slot[Int(entry.node)] = UInt32(truncatingIfNeeded: position)
  }
}
