/// A directed arc before sorting: what `NetworkBuilder` lists and `TransportNetwork` sorts by tail
/// into its CSR arrays (where an absent id becomes `TransportNetwork.noIndex`).
struct PendingArc {
  var tail: TerminalID
  var head: TerminalID
  /// The service it travels on, or nil for a transfer arc.
  var service: ServiceID?
  /// The transfer it performs, or nil for a service arc.
  var transfer: TransferID?
  /// Index into the builder's `crossings` of the customs crossing it makes, if any.
  var crossing: Int32?
  /// Travels a bidirectional service from its `to` to its `from` terminal.
  var reversed: Bool = false
  /// Index into the builder's `timetables` of its departures, if it has a timetable.
  var timetable: Int32?
}
