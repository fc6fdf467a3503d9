/// Each city's terminals in compressed sparse row form: city `c`'s terminals are
/// `terminals[first[c] ..< first[c + 1]]`. Two flat arrays instead of an array per city.
public struct CityTerminals: RandomAccessCollection, Sendable {
  package let first: FlatArray<Int32>
  package let terminals: FlatArray<TerminalID>

  package init(first: FlatArray<Int32>, terminals: FlatArray<TerminalID>) {
    precondition(!first.isEmpty, "city offsets need a final entry")
    self.first = first
    self.terminals = terminals
  }

  /// Groups terminals by city, in terminal order within each city.
  init(terminalCity: [CityID], cityCount: Int) {
    let (offsets, order) = NetworkParts.sortArcs(
      by: terminalCity.map { TerminalID(rawValue: $0.rawValue) }, terminalCount: cityCount)
    self.init(first: FlatArray(offsets), terminals: FlatArray(order.map { TerminalID($0) }))
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { first.count - 1 }

  public subscript(city: Int) -> Slice<FlatArray<TerminalID>> {
    terminals[Int(first[city])..<Int(first[city + 1])]
  }
}
