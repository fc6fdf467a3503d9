import Foundation

/// The exact-match half of `CityNameMatcher` as flat arrays: every city's lookup keys
/// (`CityNameMatcher.keys(of:)`, the same function, so they cannot drift) sorted by their UTF-8
/// bytes, then by city. A compiled snapshot stores these arrays, so that resolving a name on an
/// opened network is a binary search in mapped memory: no city record is decoded and no name is
/// normalised but the one asked for.
///
/// Entry `i` is the key `keyBytes[keyOffsets[i] ..< keyOffsets[i + 1]]` of city `keyCity[i]`.
package struct CompiledCityNames: Sendable {
  package let keyOffsets: FlatArray<UInt64>
  package let keyBytes: FlatArray<UInt8>
  package let keyCity: FlatArray<Int32>

  /// Arrays already sorted and checked (`check(cityCount:)`).
  package init(keyOffsets: FlatArray<UInt64>, keyBytes: FlatArray<UInt8>, keyCity: FlatArray<Int32>) {
    self.keyOffsets = keyOffsets
    self.keyBytes = keyBytes
    self.keyCity = keyCity
  }

  /// The index of `cities`' keys.
  ///
  /// - Complexity: O(k log k) for k keys (about four per city).
  package init(cities: [CityRecord]) {
    var entries: [(key: [UInt8], city: Int32)] = []
    for (index, city) in cities.enumerated() {
      for name in CityNameMatcher.keys(of: city) { entries.append((Self.bytes(of: name.key), Int32(index))) }
    }
    entries.sort { $0.key == $1.key ? $0.city < $1.city : $0.key.lexicographicallyPrecedes($1.key) }
    var offsets: [UInt64] = [0]
    var bytes: [UInt8] = []
    for entry in entries {
      bytes += entry.key
      offsets.append(UInt64(bytes.count))
    }
    self.init(
      keyOffsets: FlatArray(offsets), keyBytes: FlatArray(bytes), keyCity: FlatArray(entries.map(\.city)))
  }

  /// Entries (keys with their city).
  package var count: Int { keyCity.count }

  /// Whether the arrays are well formed for a network of `cityCount` cities: offsets from 0
  /// ascending to the end of the bytes, one city per key, each a city of the network, and entries
  /// in order. O(bytes).
  package func isWellFormed(cityCount: Int) -> Bool {
    guard keyOffsets.count == keyCity.count + 1, keyOffsets.first == 0,
      keyOffsets.last == UInt64(keyBytes.count)
    else { return false }
    for entry in 0..<count {
      guard keyOffsets[entry] <= keyOffsets[entry + 1], keyCity[entry] >= 0, Int(keyCity[entry]) < cityCount
      else { return false }
      if entry > 0 {
        let order = compare(entry - 1, with: entry)
        guard order < 0 || (order == 0 && keyCity[entry - 1] < keyCity[entry]) else { return false }
      }
    }
    return true
  }

  /// Every city whose key is `text` normalised (`CityNameMatcher.normalise`), in city order: what
  /// `CityNameMatcher.matches(_:)` answers.
  ///
  /// - Complexity: O(log k · key length) for k keys, plus the matches.
  package func matches(_ text: String) -> [CityID] {
    let key = Self.bytes(of: CityNameMatcher.normalise(text))
    guard !key.isEmpty else { return [] }
    return key.withUnsafeBufferPointer { wanted in
      var low = 0
      var high = count
      while low < high {
        let middle = (low + high) / 2
        if compare(middle, with: wanted) < 0 { low = middle + 1 } else { high = middle }
      }
      var found: [CityID] = []
      while low < count, compare(low, with: wanted) == 0 {
        found.append(CityID(Int(keyCity[low])))
        low += 1
      }
      return found
    }
  }

  /// A key's bytes in composed form (NFC): two keys are equal as strings, as the matcher's
  /// dictionary compares them (canonical equivalence), exactly when these bytes are.
  static func bytes(of key: String) -> [UInt8] {
    if key.utf8.allSatisfy({ $0 < 0x80 }) { return Array(key.utf8) }
    return Array(key.precomposedStringWithCanonicalMapping.utf8)
  }

  /// The order of entry `entry`'s key against `wanted`'s bytes: negative, zero or positive.
  private func compare(_ entry: Int, with wanted: UnsafeBufferPointer<UInt8>) -> Int {
    let start = Int(keyOffsets[entry])
    let length = Int(keyOffsets[entry + 1]) - start
    for position in 0..<min(length, wanted.count) {
      let (a, b) = (keyBytes[start + position], wanted[position])
      if a != b { return a < b ? -1 : 1 }
    }
    return length - wanted.count
  }

  /// The order of entry `a`'s key against entry `b`'s.
  private func compare(_ a: Int, with b: Int) -> Int {
    let start = Int(keyOffsets[b])
    let end = Int(keyOffsets[b + 1])
    return keyBytes.withUnsafeBufferPointer { bytes in
      compare(a, with: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }
  }
}
