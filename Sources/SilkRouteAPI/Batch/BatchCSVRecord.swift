/// One CSV record as read: its fields and the 1-based column (in characters) each starts at, the
/// line it starts on, or the error that makes it unreadable (bad quoting).
struct BatchCSVRecord: Sendable {
  var line: Int
  var fields: [String] = []
  var columns: [Int] = []
  var error: BatchRowError?
  /// The line the error is on, when the record spans lines (a quoted line break).
  var errorLine: Int?
}
