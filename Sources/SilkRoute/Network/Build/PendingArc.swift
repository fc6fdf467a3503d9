/// A directed arc before sorting.
struct PendingArc {
  var tail: TerminalID
  var head: TerminalID
  var service: Int32
  var transfer: Int32
  var crossing: Int32
  /// Travels a bidirectional service from its `to` to its `from` terminal.
  var reversed: Bool = false
  var timetable: Int32 = -1
}
