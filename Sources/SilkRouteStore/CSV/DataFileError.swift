import SilkRoute

/// Bad input in a data file, located to the character: `services.csv:12:34: transit: expected
/// a duration like 34d, 9h or 4h15m, found '3 days'`.
public struct DataFileError: Error, Hashable, Sendable, CustomStringConvertible {
  public var location: SourceLocation
  /// The column name, when the problem is one field.
  public var field: String?
  /// The offending text, when there is one.
  public var value: String?
  public var message: String

  public init(location: SourceLocation, field: String? = nil, value: String? = nil, message: String) {
    self.location = location
    self.field = field
    self.value = value
    self.message = message
  }

  public var description: String {
    var text = "\(location): "
    if let field { text += "\(field): " }
    text += message
    if let value { text += ", found '\(ErrorWording.escaped(value))'" }
    return text
  }
}
