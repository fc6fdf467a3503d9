/// Encodes an `Encodable` value as ``CanonicalJSON``: what `JSONEncoder` would write (nil
/// optionals left out, the value's own `encode(to:)` deciding its shape), as a tree whose bytes
/// are written sorted by ``CanonicalJSON/write(to:)``.
///
/// One encoder per value encoded; nested values get their own. Coding paths are not kept (every
/// `codingPath` is empty): what is hashed is plain values, and keeping them cost an array per field.
final class CanonicalJSONEncoder: Encoder {
  /// What an encoder's value is so far: a finished value, or a container still being filled.
  enum Node {
    case value(CanonicalJSON)
    case object(Members)
    case array(Items)

    var json: CanonicalJSON {
      switch self {
      case .value(let value): value
      case .object(let members): .object(members.entries.map { ($0.key, $0.node.json) })
      case .array(let items): .array(items.entries.map(\.json))
      }
    }

    /// The bytes of ``json``, written without building it (members sorted in place).
    func write(to sink: inout some CanonicalSink) {
      switch self {
      case .value(let value): value.write(to: &sink)
      case .object(let members):
        members.entries.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        sink.append(UInt8(ascii: "{"))
        for (index, member) in members.entries.enumerated() {
          if index > 0 { sink.append(UInt8(ascii: ",")) }
          CanonicalJSON.string(member.key).write(to: &sink)
          sink.append(UInt8(ascii: ":"))
          member.node.write(to: &sink)
        }
        sink.append(UInt8(ascii: "}"))
      case .array(let items):
        sink.append(UInt8(ascii: "["))
        for (index, item) in items.entries.enumerated() {
          if index > 0 { sink.append(UInt8(ascii: ",")) }
          item.write(to: &sink)
        }
        sink.append(UInt8(ascii: "]"))
      }
    }
  }

  /// A keyed container's members, shared by every copy of the container.
  final class Members {
    var entries: [(key: String, node: Node)] = []
  }

  /// An unkeyed container's elements, shared by every copy of the container.
  final class Items {
    var entries: [Node] = []
  }

  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  /// Nil until the value encodes something (then `JSONEncoder` writes `{}`).
  var node: Node?

  init() {}

  /// `value` in canonical form.
  static func encode(_ value: some Encodable) throws -> CanonicalJSON {
    try nested(value).json
  }

  /// `value`'s canonical bytes, written to `sink`.
  static func write(_ value: some Encodable, to sink: inout some CanonicalSink) throws {
    try nested(value).write(to: &sink)
  }

  /// `value` encoded by its own encoder.
  static func nested(_ value: some Encodable) throws -> Node {
    let encoder = CanonicalJSONEncoder()
    try value.encode(to: encoder)
    return encoder.node ?? .value(.object([]))
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let members: Members
    if case .object(let existing) = node {
      members = existing
    } else {
      members = Members()
      node = .object(members)
    }
    return KeyedEncodingContainer(CanonicalKeyedContainer(members: members))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let items: Items
    if case .array(let existing) = node {
      items = existing
    } else {
      items = Items()
      node = .array(items)
    }
    return CanonicalUnkeyedContainer(items: items)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    CanonicalSingleValueContainer(encoder: self)
  }
}
