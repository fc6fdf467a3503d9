import SilkRoute

/// Finds a record by id in a snapshot: a binary search over the ids in byte order, comparing
/// UTF-8 in place (no string is built). The first record with the id wins, as in a dictionary
/// built in record order.
struct IDSearch: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer
  let offsets: FlatArray<UInt64>
  let order: FlatArray<Int32>
  /// Keeps `bytes` mapped.
  let file: SnapshotFile

  func find(_ id: String) -> Int? {
    var key = id
    return key.withUTF8 { wanted in
      var low = 0
      var high = order.count
      while low < high {
        let middle = (low + high) / 2
        if compare(Int(order[middle]), wanted) < 0 { low = middle + 1 } else { high = middle }
      }
      guard low < order.count, compare(Int(order[low]), wanted) == 0 else { return nil }
      return Int(order[low])
    }
  }

  /// The order of record `record`'s id against `wanted`: negative, zero or positive.
  private func compare(_ record: Int, _ wanted: UnsafeBufferPointer<UInt8>) -> Int {
    let start = Int(offsets[record])
    let length = Int(offsets[record + 1]) - start
    let common = min(length, wanted.count)
    for position in 0..<common {
      let a = bytes[start + position]
      let b = wanted[position]
      if a != b { return a < b ? -1 : 1 }
    }
    return length - wanted.count
  }
}
