import SilkRoute

/// A note attached to an answer: something in the request that was accepted but not applied.
public struct RequestWarning: Codable, Hashable, Sendable {
  /// JSON path of the field.
  public var field: String
  public var message: String

  public init(field: String, message: String) {
    self.field = field
    self.message = message
  }
}
