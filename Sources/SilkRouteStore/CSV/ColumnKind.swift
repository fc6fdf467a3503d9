import Foundation
import SilkRoute

/// How one column is written in CSV and stored in SQLite.
enum ColumnKind: Equatable {
  /// Free text (may be empty).
  case text
  /// Text that must not be empty.
  case requiredText
  /// One of a fixed set of words.
  case choice([String])
  /// Optional one of a fixed set of words.
  case optionalChoice([String])
  /// Integer; `optional` allows an empty field.
  case integer(optional: Bool)
  /// Decimal number (coordinates).
  case decimal
  /// `34d`, `4h15m` in CSV; minutes in SQL.
  case duration
  /// `4500.00` in CSV; cents in SQL; `optional` allows an empty field.
  case usd(optional: Bool)
  /// `yes` / `no` in CSV; 1 / 0 in SQL.
  case yesNo
  /// `a;b;c` in CSV; the same text in SQL.
  case list
  /// Source ids: `a;b` in CSV; rows of the `citation` table in SQL.
  case sources
  /// Like `sources`, but may be empty (a figure that only some records have).
  case optionalSources
  /// A decimal factor with up to four decimals (`1.35`); ten-thousandths in SQL; empty allowed.
  case factor
  /// ISO date `YYYY-MM-DD` or empty.
  case date
  /// Optional duration (empty allowed).
  case optionalDuration
  /// `mon;wed;fri` or `daily`; empty allowed.
  case weekdays
  /// `08:00;20:30` local clock times, ascending; empty allowed.
  case clockTimes
  /// `+08:00` / `-03:30`; empty allowed. Minutes east of UTC in SQL.
  case utcOffset
  /// Units per US dollar: a decimal `7.1328` or a cross rate `713.28/780.47` (``ExchangeRate``);
  /// the same text in SQL.
  case exchangeRate

  /// Whether the column's values are source ids, stored as `citation` rows.
  var isCitation: Bool { self == .sources || self == .optionalSources }

  var expectation: String {
    switch self {
    case .text: "text"
    case .requiredText: "non-empty text"
    case .choice(let words): "one of " + words.joined(separator: ", ")
    case .optionalChoice(let words): "empty or one of " + words.joined(separator: ", ")
    case .integer(let optional): optional ? "empty or a whole number" : "a whole number"
    case .decimal: "a decimal number like 43.2389"
    case .duration: "a duration like 34d, 9h, 4h15m or 1d2h30m (largest unit first)"
    case .usd(let optional):
      (optional ? "empty or " : "") + "US dollars with two decimals like 4500.00"
    case .yesNo: "yes or no"
    case .list: "a ';'-separated list"
    case .sources: "one or more source ids separated by ';'"
    case .optionalSources: "empty or source ids separated by ';'"
    case .factor: "empty or a factor with up to four decimals like 1.35"
    case .date: "empty or a date YYYY-MM-DD"
    case .optionalDuration: "empty or a duration like 12h or 1d"
    case .weekdays: "empty, daily, or weekdays in week order like mon;wed;fri"
    case .clockTimes: "empty or ascending times HH:MM separated by ';'"
    case .utcOffset: "empty or a UTC offset like +08:00"
    case .exchangeRate: "units per US dollar like 7.1328 or a cross rate like 713.28/780.47"
    }
  }
}
