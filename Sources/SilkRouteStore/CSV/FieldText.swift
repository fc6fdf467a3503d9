import Foundation
import SilkRoute

/// CSV text ⇄ ``FieldValue`` for each ``ColumnKind``: parsing a field (nil when it does not fit)
/// and writing one canonically (durations, money, clock times, UTC offsets).
enum FieldText {
  /// Parses CSV text into a value of `kind`, or returns nil if it does not fit.
  static func parse(_ text: String, as kind: ColumnKind) -> FieldValue? {
    switch kind {
    case .text: return .text(text)
    case .requiredText: return text.isEmpty ? nil : .text(text)
    case .choice(let words): return words.contains(text) ? .text(text) : nil
    case .optionalChoice(let words):
      if text.isEmpty { return .null }
      return words.contains(text) ? .text(text) : nil
    case .integer(let optional):
      if text.isEmpty { return optional ? .null : nil }
      return plainInteger(text).map(FieldValue.integer)
    case .decimal:
      guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
        let value = Double(text), value.isFinite
      else { return nil }
      return .real(value)
    case .duration: return duration(text).map(FieldValue.integer)
    case .usd(let optional):
      if text.isEmpty { return optional ? .null : nil }
      return cents(text).map(FieldValue.integer)
    case .yesNo:
      switch text {
      case "yes": return .integer(1)
      case "no": return .integer(0)
      default: return nil
      }
    case .list:
      if text.isEmpty { return .list([]) }
      let items = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      return items.contains(where: \.isEmpty) ? nil : .list(items)
    case .sources:
      guard !text.isEmpty else { return nil }
      let items = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      return items.contains(where: \.isEmpty) ? nil : .list(items)
    case .optionalSources:
      if text.isEmpty { return .list([]) }
      return parse(text, as: .sources)
    case .factor:
      if text.isEmpty { return .null }
      return FactorText.parse(text).map(FieldValue.integer)
    case .date:
      if text.isEmpty { return .text("") }
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil,
        (1...12).contains(month), (1...31).contains(day)
      else { return nil }
      return .text(text)
    case .optionalDuration, .weekdays, .clockTimes, .utcOffset:
      return parseExtended(text, as: kind)
    case .exchangeRate:
      return ExchangeRate(text) == nil ? nil : .text(text)
    }
  }

  static let weekdayWords = Weekday.allCases.map(\.rawValue)

  static func parseExtended(_ text: String, as kind: ColumnKind) -> FieldValue? {
    switch kind {
    case .optionalDuration:
      return text.isEmpty ? .null : duration(text).map(FieldValue.integer)
    case .weekdays:
      if text.isEmpty { return .list([]) }
      if text == "daily" { return .list(weekdayWords) }
      let days = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      let positions = days.compactMap { weekdayWords.firstIndex(of: $0) }
      guard positions.count == days.count, positions == positions.sorted(),
        Set(positions).count == positions.count
      else { return nil }
      return .list(days)
    case .clockTimes:
      if text.isEmpty { return .list([]) }
      let times = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      let minutes = times.compactMap(clockMinutes)
      guard minutes.count == times.count, zip(minutes, minutes.dropFirst()).allSatisfy({ $0 < $1 }) else {
        return nil
      }
      return .list(times)
    case .utcOffset:
      if text.isEmpty { return .null }
      return utcOffsetMinutes(text).map { .integer(Int64($0)) }
    default:
      return nil
    }
  }

  /// `08:30` → 510.
  static func clockMinutes(_ text: String) -> Int? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60
    else { return nil }
    return hours * 60 + minutes
  }

  static func clockText(_ minutes: Int) -> String {
    let hours = minutes / 60
    let rest = minutes % 60
    return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
  }

  /// `+08:00` → 480; `-03:30` → -210.
  static func utcOffsetMinutes(_ text: String) -> Int? {
    guard let sign = text.first, sign == "+" || sign == "-",
      let clock = clockMinutes(String(text.dropFirst())),
      clock <= 14 * 60
    else { return nil }
    if sign == "-" && clock == 0 { return nil }  // write +00:00
    return sign == "-" ? -clock : clock
  }

  static func utcOffsetText(_ minutes: Int) -> String {
    (minutes < 0 ? "-" : "+") + clockText(abs(minutes))
  }

  /// Formats `value` as canonical CSV text for `kind`.
  static func format(_ value: FieldValue, as kind: ColumnKind) -> String {
    switch (kind, value) {
    case (_, .null): return ""
    case (.duration, .integer(let minutes)), (.optionalDuration, .integer(let minutes)):
      return Minutes(minutes).compactText
    case (.utcOffset, .integer(let minutes)): return utcOffsetText(Int(minutes))
    case (.weekdays, .list(let days)) where days == weekdayWords: return "daily"
    case (.usd, .integer(let cents)): return Cents(cents).dollarsText
    case (.factor, .integer(let value)): return FactorText.text(value)
    case (.yesNo, .integer(let flag)): return flag != 0 ? "yes" : "no"
    case (_, .integer(let number)): return String(number)
    case (_, .real(let number)): return decimalText(number)
    case (_, .list(let items)): return items.joined(separator: ";")
    case (_, .text(let text)): return text
    }
  }

  static func plainInteger(_ text: String) -> Int64? {
    let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int64(text)
  }

  /// `34d`, `4h15m`, `0m`: each unit at most once, largest first.
  static func duration(_ text: String) -> Int64? {
    guard !text.isEmpty else { return nil }
    var total: Int64 = 0
    var number = ""
    var lastUnit = 0
    for character in text {
      if character.isASCII && character.isNumber {
        number.append(character)
        continue
      }
      let rank: Int
      let scale: Int64
      switch character {
      case "d": (rank, scale) = (1, 1440)
      case "h": (rank, scale) = (2, 60)
      case "m": (rank, scale) = (3, 1)
      default: return nil
      }
      guard rank > lastUnit, !number.isEmpty, number.count <= 9, let value = Int64(number) else {
        return nil
      }
      total += value * scale
      lastUnit = rank
      number = ""
    }
    return number.isEmpty ? total : nil
  }

  /// `4500.00` → 450000 cents. Exactly two decimals.
  static func cents(_ text: String) -> Int64? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 2, !parts[0].isEmpty, parts[0].count <= 12,
      parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
      parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
      let whole = Int64(parts[0]), let fraction = Int64(parts[1])
    else { return nil }
    return whole * 100 + fraction
  }

  /// Shortest text that reads back as the same `Double` (`36.3`, `120.03`).
  static func decimalText(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}
