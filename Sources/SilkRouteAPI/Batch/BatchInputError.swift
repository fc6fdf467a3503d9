/// Why a batch's input cannot be read any further: its CSV header is not one (an unknown or
/// repeated column, no `from` or `to`), located as `file:line:column`. The rows before it were
/// answered.
public struct BatchInputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file's path, or what stands for it (`body`, `stdin`).
  public var source: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(source: String, line: Int, column: Int, message: String) {
    self.source = source
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(source):\(line):\(column): \(message)" }
}
