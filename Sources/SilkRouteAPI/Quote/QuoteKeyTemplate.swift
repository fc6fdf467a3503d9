/// The quote ids of one request asked between many pairs of cities (a matrix's cells): the key's
/// canonical bytes written once with placeholder cities, each pair's id hashed from the bytes
/// around them — the id ``QuoteKey/id`` gives the pair's own key, without encoding it again.
struct QuoteKeyTemplate: Sendable {
  /// The hash of the bytes before the origin's string.
  private let head: FNV1a64
  /// The bytes between the origin's string and the destination's.
  private let middle: [UInt8]
  /// The bytes after the destination's string.
  private let tail: [UInt8]

  private static let origin = "\u{0}origin\u{0}"
  private static let destination = "\u{0}destination\u{0}"

  /// The template of `key` for any origin and destination; nil when the placeholders cannot be
  /// found once each, origin first (then each id is computed from its own key).
  init?(key: QuoteKey) {
    var key = key
    key.query.from = Self.origin
    key.query.to = Self.destination
    var bytes: [UInt8] = []
    guard (try? CanonicalJSONEncoder.write(key, to: &bytes)) != nil,
      let origin = Self.range(of: Self.origin, in: bytes),
      let destination = Self.range(of: Self.destination, in: bytes),
      origin.upperBound <= destination.lowerBound
    else { return nil }
    var head = FNV1a64()
    head.append(contentsOf: bytes[..<origin.lowerBound])
    self.head = head
    middle = Array(bytes[origin.upperBound..<destination.lowerBound])
    tail = Array(bytes[destination.upperBound...])
  }

  /// The id of the key whose origin and destination are the city ids `from` and `to`.
  func id(from: String, to: String) -> String {
    var hash = head
    CanonicalJSON.string(from).write(to: &hash)
    hash.append(contentsOf: middle)
    CanonicalJSON.string(to).write(to: &hash)
    hash.append(contentsOf: tail)
    return QuoteKey.id(hash: hash.value)
  }

  /// Where `placeholder`, written as a JSON string, is in `bytes`, if it is there exactly once.
  private static func range(of placeholder: String, in bytes: [UInt8]) -> Range<Int>? {
    var pattern: [UInt8] = []
    CanonicalJSON.string(placeholder).write(to: &pattern)
    let starts = bytes.indices.filter { bytes[$0...].starts(with: pattern) }
    guard starts.count == 1, let start = starts.first else { return nil }
    return start..<start + pattern.count
  }
}
