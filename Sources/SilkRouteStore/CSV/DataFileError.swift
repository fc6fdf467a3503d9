import SilkRoute

/// A place in a data file: 1-based line and column (in characters).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }
  public var description: String { "\(file):\(line):\(column)" }
}

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

/// Every problem found in a data folder (parse errors stop a file; invariant issues are all
/// listed).
public struct DataValidationError: Error, Sendable, CustomStringConvertible {
  public var problems: [DataFileError]
  public init(problems: [DataFileError]) { self.problems = problems }
  public var description: String {
    guard let first = problems.first else { return "invalid data" }
    let more =
      problems.count > 1 ? " (and \(problems.count - 1) more problem(s); run 'silkroute data validate')" : ""
    return first.description + more
  }
}

/// The database cannot be used: missing, not a SilkRoute database, or holding values the schema
/// forbids.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
