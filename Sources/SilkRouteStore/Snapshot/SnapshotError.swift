/// Why a compiled snapshot cannot be used. Each case says what was found; callers that can rebuild
/// the snapshot from its database do so.
public struct SnapshotError: Error, CustomStringConvertible, Sendable {
  public enum Kind: Sendable, Hashable {
    /// Not a SilkRoute snapshot (another file, or an empty one).
    case foreign
    /// Written by another format version.
    case version
    /// Shorter or longer than its header says.
    case truncated
    /// A checksum or a structural check failed.
    case corrupt
    /// Compiled from another dataset version than the one expected.
    case stale
    /// The file could not be read or written.
    case io
  }
  public let kind: Kind
  public let description: String

  init(_ kind: Kind, _ path: String, _ reason: String) {
    self.kind = kind
    description = "snapshot \(path): \(reason)"
  }
}
