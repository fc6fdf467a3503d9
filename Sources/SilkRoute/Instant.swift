/// A point in time: whole minutes since 1970-01-01T00:00Z (UTC), written `2026-12-01T08:00Z`.
public struct Instant: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var minutesSinceEpoch: Int64

  public init(minutesSinceEpoch: Int64) { self.minutesSinceEpoch = minutesSinceEpoch }

  public static func < (lhs: Instant, rhs: Instant) -> Bool {
    lhs.minutesSinceEpoch < rhs.minutesSinceEpoch
  }
  public static func + (lhs: Instant, rhs: Minutes) -> Instant {
    Instant(minutesSinceEpoch: lhs.minutesSinceEpoch + rhs.rawValue)
  }
  public static func - (lhs: Instant, rhs: Instant) -> Minutes {
    Minutes(lhs.minutesSinceEpoch - rhs.minutesSinceEpoch)
  }

  /// Days since the epoch of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Parses `2026-12-01T08:00Z`, `2026-12-01T08:00+08:00`, `2026-12-01T08:00:00Z` or a date
  /// `2026-12-01` (midnight UTC).
  public init?(iso8601 text: String) {
    let characters = Array(text)
    func number(_ range: Range<Int>) -> Int64? {
      guard range.upperBound <= characters.count else { return nil }
      let digits = characters[range]
      guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
      return Int64(String(digits))
    }
    guard characters.count >= 10, characters[4] == "-", characters[7] == "-",
      let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var minutes = Instant.days(year: year, month: month, day: day) * 1440
    guard Instant.civil(days: minutes / 1440) == (year, month, day) else { return nil }
    if characters.count == 10 {
      self.init(minutesSinceEpoch: minutes)
      return
    }
    guard characters.count >= 16, characters[10] == "T" || characters[10] == " ", characters[13] == ":",
      let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60
    else { return nil }
    minutes += hour * 60 + minute
    var rest = characters[16...]
    if rest.first == ":" {
      guard let seconds = number(17..<19), seconds == 0 else { return nil }
      rest = characters[19...]
    }
    switch String(rest) {
    case "Z", "z", "+00:00": break
    case let zone where zone.count == 6 && (zone.first == "+" || zone.first == "-"):
      let zoneCharacters = Array(zone)
      guard zoneCharacters[3] == ":", let h = Int64(String(zoneCharacters[1...2])),
        let m = Int64(String(zoneCharacters[4...5])), h <= 14, m < 60
      else { return nil }
      let offset = h * 60 + m
      minutes -= zone.first == "+" ? offset : -offset
    default:
      return nil
    }
    self.init(minutesSinceEpoch: minutes)
  }

  /// `2026-12-01T08:00Z`.
  public var iso8601: String {
    let days = minutesSinceEpoch >= 0 ? minutesSinceEpoch / 1440 : (minutesSinceEpoch - 1439) / 1440
    let minuteOfDay = minutesSinceEpoch - days * 1440
    let (year, month, day) = Instant.civil(days: days)
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(two(month))-\(two(day))T\(two(minuteOfDay / 60)):\(two(minuteOfDay % 60))Z"
  }

  public var description: String { iso8601 }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let instant = Instant(iso8601: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 date-time: \(text)"))
    }
    self = instant
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso8601)
  }
}
