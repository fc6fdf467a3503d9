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

  /// Parses `2026-12-01T08:00Z`, `2026-12-01T08:00+08:00`, `2026-12-01T08:00+0800`,
  /// `2026-12-01T08:00:00Z` or a date `2026-12-01` (midnight UTC). Strict: ASCII digits only, the
  /// offset `Z` (or `z`) or `±hh:mm` / `±hhmm` with hh ≤ 14 and mm < 60, seconds `00`, and
  /// nothing after; anything else is nil (`08:00+-9:-9` is not an offset).
  public init?(iso8601 text: String) {
    let characters = Array(text.utf8)
    /// The decimal value of `count` ASCII digits at `start`, or nil.
    func number(_ start: Int, _ count: Int) -> Int64? {
      guard start >= 0, start + count <= characters.count else { return nil }
      var value: Int64 = 0
      for byte in characters[start..<start + count] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int64(byte - UInt8(ascii: "0"))
      }
      return value
    }
    func byte(_ index: Int) -> UInt8? { index < characters.count ? characters[index] : nil }
    guard byte(4) == UInt8(ascii: "-"), byte(7) == UInt8(ascii: "-"),
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var minutes = Instant.days(year: year, month: month, day: day) * 1440
    guard Instant.civil(days: minutes / 1440) == (year, month, day) else { return nil }
    if characters.count == 10 {
      self.init(minutesSinceEpoch: minutes)
      return
    }
    guard byte(10) == UInt8(ascii: "T") || byte(10) == UInt8(ascii: " "), byte(13) == UInt8(ascii: ":"),
      let hour = number(11, 2), let minute = number(14, 2), hour < 24, minute < 60
    else { return nil }
    minutes += hour * 60 + minute
    var zone = 16
    if byte(zone) == UInt8(ascii: ":") {
      guard number(17, 2) == 0 else { return nil }
      zone = 19
    }
    guard let offset = Self.offset(characters[min(zone, characters.count)...]) else { return nil }
    self.init(minutesSinceEpoch: minutes - offset)
  }

  /// Minutes east of UTC of a whole offset: `Z`, `z`, `±hh:mm` or `±hhmm` (hh ≤ 14, mm < 60).
  private static func offset(_ zone: ArraySlice<UInt8>) -> Int64? {
    let zone = Array(zone)
    if zone == [UInt8(ascii: "Z")] || zone == [UInt8(ascii: "z")] { return 0 }
    guard zone.count == 5 || zone.count == 6, let sign = zone.first,
      sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-")
    else { return nil }
    if zone.count == 6 && zone[3] != UInt8(ascii: ":") { return nil }
    let digits = zone.count == 6 ? [zone[1], zone[2], zone[4], zone[5]] : Array(zone[1...4])
    guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
    let values = digits.map { Int64($0 - UInt8(ascii: "0")) }
    let hours = values[0] * 10 + values[1]
    let minutes = values[2] * 10 + values[3]
    guard hours <= 14, minutes < 60 else { return nil }
    return (sign == UInt8(ascii: "+") ? 1 : -1) * (hours * 60 + minutes)
  }

  /// `2026-12-01T08:00Z`.
  public var iso8601: String {
    let days = minutesSinceEpoch >= 0 ? minutesSinceEpoch / 1440 : (minutesSinceEpoch - 1439) / 1440
    let minuteOfDay = minutesSinceEpoch - days * 1440
    let (year, month, day) = Instant.civil(days: days)
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    // Years have at least four digits (`0042`, `-0001`), as ISO 8601 writes them.
    let digits = String(year.magnitude)
    let yearText = (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    return "\(yearText)-\(two(month))-\(two(day))T\(two(minuteOfDay / 60)):\(two(minuteOfDay % 60))Z"
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
