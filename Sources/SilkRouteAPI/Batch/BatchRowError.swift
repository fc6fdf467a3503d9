/// Why one row of a batch could not be read as a request, and where: the field (its JSON path,
/// which is also its CSV column), the 1-based column in characters of a CSV line, the value.
/// The batch goes on: the other rows are answered.
public struct BatchRowError: Error, Hashable, Sendable, CustomStringConvertible {
  /// JSON path of the field to blame (`cargo.count`, `constraints.via[1]`), nil for the row as a
  /// whole (bad quoting, wrong column count, malformed JSON).
  public var field: String?
  /// 1-based column, in characters, of the CSV field or character to blame (nil for JSON).
  public var column: Int?
  public var message: String

  public init(field: String? = nil, column: Int? = nil, message: String) {
    self.field = field
    self.column = column
    self.message = message
  }

  /// `cargo.count: not an integer: "two"`, or the message alone.
  public var description: String { field.map { "\($0): \(message)" } ?? message }
}
