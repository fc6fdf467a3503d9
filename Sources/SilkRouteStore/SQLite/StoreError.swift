/// The database cannot be used: missing, not a SilkRoute database, or holding values the schema
/// forbids.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
