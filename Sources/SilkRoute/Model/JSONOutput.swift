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

  /// `value` as JSON in this configuration.
  public static func encode<T: Encodable>(_ value: T, prettyPrinted: Bool = false) throws -> Data {
    try encoder(prettyPrinted: prettyPrinted).encode(value)
  }
}
