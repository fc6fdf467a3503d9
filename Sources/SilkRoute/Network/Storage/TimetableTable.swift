/// The network's compiled timetables as flat arrays: timetable `t` departs every
/// `headway[t]` minutes when that is positive, else at the minutes of the week
/// `departures[first[t] ..< first[t + 1]]` (sorted). Read through `TimetableView`s, which
/// answer the next departure without building a `Timetable`.
public struct TimetableTable: RandomAccessCollection, Sendable {
  package let first: FlatArray<Int32>
  package let departures: FlatArray<Int32>
  package let headway: FlatArray<Int64>

  package init(first: FlatArray<Int32>, departures: FlatArray<Int32>, headway: FlatArray<Int64>) {
    precondition(first.count == headway.count + 1, "timetable offsets need a final entry")
    self.first = first
    self.departures = departures
    self.headway = headway
  }

  public init(_ timetables: [Timetable]) {
    var first: [Int32] = [0]
    var departures: [Int32] = []
    var headway: [Int64] = []
    for timetable in timetables {
      switch timetable.pattern {
      case .weekly(let minutes):
        departures += minutes
        headway.append(0)
      case .headway(let minutes):
        headway.append(Swift.max(minutes.rawValue, 1))
      }
      first.append(Int32(departures.count))
    }
    self.init(first: FlatArray(first), departures: FlatArray(departures), headway: FlatArray(headway))
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { headway.count }

  public subscript(position: Int) -> TimetableView {
    TimetableView(
      headway: headway[position], departures: departures[Int(first[position])..<Int(first[position + 1])])
  }
}
