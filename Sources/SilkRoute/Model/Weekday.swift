/// A day of the week as `timetables.csv` writes it (`mon` … `sun`); `index` counts from Monday.
public enum Weekday: String, CaseIterable, Sendable, Codable, Hashable {
  case mon, tue, wed, thu, fri, sat, sun
  public var index: Int { Weekday.allCases.firstIndex(of: self) ?? 0 }
}
