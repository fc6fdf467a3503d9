/// A radix heap of node ids keyed by unsigned distances (`Key`, 32 or 64 bits): a monotone priority
/// queue (every key inserted is at least the last key removed, as in Dijkstra's algorithm with
/// non-negative weights).
///
/// `Key.bitWidth + 1` buckets: bucket 0 holds the keys equal to the last key removed, bucket `i`
/// the keys whose highest bit differing from it is bit `i − 1`. Removing from an empty bucket 0
/// takes the first non-empty bucket, makes its least key the last one and spreads its entries over
/// lower buckets: an entry moves down at most `Key.bitWidth` times, and a move is a sequential copy
/// (Ahuja, Mehlhorn, Orlin, Tarjan, "Faster algorithms for the shortest path problem",
/// J. ACM 37(2), 1990, doi:10.1145/77600.77615; the xor form is Cherkassky, Goldberg and
/// Silverstein's).
///
/// There is no decrease-key: a node whose distance falls is inserted again, and the search skips
/// entries whose key is no longer the node's distance. So the heap may hold more entries than
/// nodes; each bucket grows by doubling and keeps its capacity, so once the buckets have grown to a
/// query's needs, later queries allocate nothing.
///
/// A value over unsafe buffers owned by the search object that made it (`allocate` /
/// `deallocate`), like `IndexedHeap`.
struct RadixHeap<Key: FixedWidthInteger & UnsignedInteger> {
  struct Entry {
    var key: Key
    var node: UInt32
  }

  private struct Bucket {
    var entries: UnsafeMutablePointer<Entry>
    var count: Int
    var capacity: Int
  }

  private static var bucketCount: Int { Key.bitWidth + 1 }

  private(set) var count = 0
  /// The last key removed; every key in the heap is at least this.
  private var last: Key = 0
  /// Bit `i − 1` set when bucket `i` (1 ... `Key.bitWidth`) is not empty.
  private var occupied: UInt64 = 0
  private let buckets: UnsafeMutablePointer<Bucket>

  static func allocate(initialBucketCapacity: Int = 256) -> RadixHeap {
    precondition(Key.bitWidth <= 64, "radix heap keys of at most 64 bits")
    let buckets = UnsafeMutablePointer<Bucket>.allocate(capacity: bucketCount)
    for index in 0..<bucketCount {
      buckets.advanced(by: index).initialize(
        to: Bucket(
          entries: .allocate(capacity: initialBucketCapacity), count: 0, capacity: initialBucketCapacity))
    }
    return RadixHeap(buckets: buckets)
  }

  private init(buckets: UnsafeMutablePointer<Bucket>) {
    self.buckets = buckets
  }

  func deallocate() {
    for index in 0..<Self.bucketCount { buckets[index].entries.deallocate() }
    buckets.deallocate()
  }

  var isEmpty: Bool { count == 0 }

  /// Empties the heap and lets keys start again from 0.
  mutating func removeAll() {
    for index in 0..<Self.bucketCount { buckets[index].count = 0 }
    count = 0
    last = 0
    occupied = 0
  }

  /// Adds `node` with `key`, which must be at least the last key removed.
  @inline(__always) mutating func insert(_ node: UInt32, key: Key) {
    // 0 when key == last, else 1 + the index of the highest differing bit.
    let index = Key.bitWidth - (key ^ last).leadingZeroBitCount
    append(Entry(key: key, node: node), to: index)
    count += 1
  }

  /// Removes and returns an entry with the smallest key; the heap must not be empty.
  @inline(__always) mutating func removeMin() -> Entry {
    if buckets[0].count == 0 { refill() }
    count -= 1
    buckets[0].count -= 1
    return buckets[0].entries[buckets[0].count]
  }

  @inline(__always) private mutating func append(_ entry: Entry, to index: Int) {
    let bucket = buckets.advanced(by: index)
    if bucket.pointee.count == bucket.pointee.capacity { grow(bucket) }
    bucket.pointee.entries[bucket.pointee.count] = entry
    bucket.pointee.count += 1
    if index > 0 { occupied |= 1 &<< UInt64(index - 1) }
  }

  /// Moves the entries of the first non-empty bucket into lower ones, around their least key.
  private mutating func refill() {
    let index = occupied.trailingZeroBitCount + 1
    let source = buckets[index]
    occupied &= occupied &- 1
    buckets[index].count = 0
    var least = source.entries[0].key
    for position in 1..<source.count { least = min(least, source.entries[position].key) }
    last = least
    // Every key here agrees with the new `last` above bit `index − 1`, so each lands in a lower
    // bucket, never in the one being emptied.
    for position in 0..<source.count {
      let entry = source.entries[position]
      append(entry, to: Key.bitWidth - (entry.key ^ least).leadingZeroBitCount)
    }
  }

  private func grow(_ bucket: UnsafeMutablePointer<Bucket>) {
    let capacity = bucket.pointee.capacity * 2
    let entries = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
    entries.moveInitialize(from: bucket.pointee.entries, count: bucket.pointee.count)
    bucket.pointee.entries.deallocate()
    bucket.pointee.entries = entries
    bucket.pointee.capacity = capacity
  }
}
