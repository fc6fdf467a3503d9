/// The label search's queue: a radix heap over the whole queue key read as one 256-bit unsigned
/// number (its four criteria, most significant first), kept with its capacity between searches.
///
/// The label search's queue is monotone in that order: a label made from one taken from the queue
/// is at least it in every criterion, since every lower bound is consistent and every arc
/// weighs at least nothing. So every key inserted is at least the last key removed, and a radix
/// heap applies (as `RadixHeap` does for the scalar searches): bucket 0 holds the keys equal to
/// the last one removed, bucket `1 + 64·(3 − c) + b` those whose first criterion differing from it
/// is `c` at highest bit `b`. Removing from an empty bucket 0 takes the first bucket in use, makes
/// its least key the last one and spreads its entries over lower buckets; an entry moves down a
/// few times at most, by sequential copies. A binary heap's sift-down over millions of entries
/// (a cache miss a level) took 41–46 % of a 567-route front at 20,000 terminals.
///
/// Entries with equal keys leave in no particular order (the last inserted first); every key is
/// non-negative. A key below the last one removed (which the label search never makes) is
/// treated as equal to it, so nothing is lost.
struct LabelQueue {
  typealias Entry = LabelSearch.QueueEntry
  typealias Key = LabelSearch.QueueEntry.Key

  static let bucketCount = 257
  private var buckets = [[Entry]](repeating: [], count: LabelQueue.bucketCount)
  /// The bucket being spread, swapped out of `buckets` (its capacity kept for the next).
  private var spare: [Entry] = []
  /// Bit `i & 63` of word `i >> 6` set when bucket `i` is not empty.
  private var occupied: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
  private var last: Key = (0, 0, 0, 0)
  private(set) var count = 0

  var isEmpty: Bool { count == 0 }

  mutating func removeAll() {
    for index in buckets.indices where !buckets[index].isEmpty {
      buckets[index].removeAll(keepingCapacity: true)
    }
    occupied = (0, 0, 0, 0, 0)
    last = (0, 0, 0, 0)
    count = 0
  }

  /// The bucket of `key` relative to `last` (0 when equal or, never in a label search, below).
  @inline(__always) static func bucket(of key: Key, after last: Key) -> Int {
    var difference = UInt64(bitPattern: key.0) ^ UInt64(bitPattern: last.0)
    if difference != 0 { return key.0 < last.0 ? 0 : 193 + 63 - difference.leadingZeroBitCount }
    difference = UInt64(bitPattern: key.1) ^ UInt64(bitPattern: last.1)
    if difference != 0 { return key.1 < last.1 ? 0 : 129 + 63 - difference.leadingZeroBitCount }
    difference = UInt64(bitPattern: key.2) ^ UInt64(bitPattern: last.2)
    if difference != 0 { return key.2 < last.2 ? 0 : 65 + 63 - difference.leadingZeroBitCount }
    difference = UInt64(bitPattern: key.3) ^ UInt64(bitPattern: last.3)
    if difference != 0 { return key.3 < last.3 ? 0 : 1 + 63 - difference.leadingZeroBitCount }
    return 0
  }

  @inline(__always) private mutating func mark(_ bucket: Int) {
    let bit = UInt64(1) << UInt64(bucket & 63)
    switch bucket >> 6 {
    case 0: occupied.0 |= bit
    case 1: occupied.1 |= bit
    case 2: occupied.2 |= bit
    case 3: occupied.3 |= bit
    default: occupied.4 |= bit
    }
  }

  @inline(__always) private mutating func clear(_ bucket: Int) {
    let bit = ~(UInt64(1) << UInt64(bucket & 63))
    switch bucket >> 6 {
    case 0: occupied.0 &= bit
    case 1: occupied.1 &= bit
    case 2: occupied.2 &= bit
    case 3: occupied.3 &= bit
    default: occupied.4 &= bit
    }
  }

  /// The first bucket in use past bucket 0 (nil: none).
  @inline(__always) private func firstOccupied() -> Int? {
    let low = occupied.0 & ~1
    if low != 0 { return low.trailingZeroBitCount }
    if occupied.1 != 0 { return 64 + occupied.1.trailingZeroBitCount }
    if occupied.2 != 0 { return 128 + occupied.2.trailingZeroBitCount }
    if occupied.3 != 0 { return 192 + occupied.3.trailingZeroBitCount }
    if occupied.4 != 0 { return 256 + occupied.4.trailingZeroBitCount }
    return nil
  }

  mutating func insert(_ entry: Entry) {
    let bucket = Self.bucket(of: entry.key, after: last)
    buckets[bucket].append(entry)
    mark(bucket)
    count += 1
  }

  mutating func popMin() -> Entry? {
    if buckets[0].isEmpty {
      guard let source = firstOccupied() else { return nil }
      swap(&buckets[source], &spare)
      clear(source)
      var least = spare[0].key
      for entry in spare.dropFirst() where Self.precedes(entry.key, least) { least = entry.key }
      last = least
      for entry in spare {
        let bucket = Self.bucket(of: entry.key, after: last)
        buckets[bucket].append(entry)
        mark(bucket)
      }
      // A spread bucket's buffer is released unless small: kept, the buffers of buckets that
      // filled and emptied in turn added up to ten times the entries queued (620 MB for a queue
      // of 1.4 M entries); released, the buckets hold at most what they took since their last
      // spread, and the next appends regrow them by doubling.
      if spare.capacity > 1_024 { spare = [] } else { spare.removeAll(keepingCapacity: true) }
    }
    count -= 1
    let entry = buckets[0].removeLast()
    if buckets[0].isEmpty { clear(0) }
    return entry
  }

  @inline(__always) static func precedes(_ a: Key, _ b: Key) -> Bool {
    if a.0 != b.0 { return a.0 < b.0 }
    if a.1 != b.1 { return a.1 < b.1 }
    if a.2 != b.2 { return a.2 < b.2 }
    return a.3 < b.3
  }
}
