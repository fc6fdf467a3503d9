import Foundation

/// The one JSON configuration of everything SilkRoute writes: the HTTP API's bodies and problem
/// details, `silkroute route --format json`, GeoJSON. Keys are sorted, so equal values encode to
/// equal bytes (golden files, caching, diffs); slashes are not escaped (`/v1/routes`, not
/// `\/v1\/routes`); the output is compact unless `prettyPrinted` (for files people read).
public enum JSONOutput {
  /// A fresh encoder in this configuration (`JSONEncoder` is not `Sendable`: one per use).
  public static func encoder(prettyPrinted: Bool = false) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      prettyPrinted
      ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// `value` as JSON in this configuration. Compact output is written by ``CanonicalJSONEncoder``:
  /// the bytes `JSONEncoder` writes (sorted keys, unescaped slashes), in about half the time and
  /// without its dynamic casts (every answer of the HTTP API, a matrix's and a batch's lines).
  public static func encode<T: Encodable>(_ value: T, prettyPrinted: Bool = false) throws -> Data {
    guard !prettyPrinted else { return try encoder(prettyPrinted: true).encode(value) }
    var bytes: [UInt8] = []
    try CanonicalJSONEncoder.write(value, to: &bytes)
    return Data(bytes)
  }
}
