/// When a service, transfer or border crossing runs: from `validFrom`, through `validUntil`, and
/// not from `suspendedSince` on (ISO dates `YYYY-MM-DD`; empty means open). A route on a date
/// uses only what is valid on that date.
public struct Validity: Hashable, Sendable, Codable {
  public var validFrom: String
  public var validUntil: String
  /// The first day it stopped running (a suspension the sources report, not a planned end).
  public var suspendedSince: String
  public var sources: [String]

  public init(
    validFrom: String = "", validUntil: String = "", suspendedSince: String = "", sources: [String] = []
  ) {
    self.validFrom = validFrom
    self.validUntil = validUntil
    self.suspendedSince = suspendedSince
    self.sources = sources
  }

  /// Valid on every day.
  public static let always = Validity()

  /// Whether any date bounds it.
  public var isBounded: Bool { !validFrom.isEmpty || !validUntil.isEmpty || !suspendedSince.isEmpty }

  /// The first and last valid day (days since 1970-01-01), open ends as `Int32.min` / `.max`;
  /// nil when a date is malformed.
  public var days: ClosedRange<Int32>? {
    func day(_ text: String) -> Int32?? {
      if text.isEmpty { return .some(nil) }
      guard let instant = Instant(iso8601: text), text.count == 10 else { return nil }
      return .some(Int32(clamping: instant.minutesSinceEpoch / 1440))
    }
    guard let from = day(validFrom), let until = day(validUntil), let suspended = day(suspendedSince) else {
      return nil
    }
    let first = from ?? .min
    var last = until ?? .max
    if let suspended { last = min(last, suspended == .min ? .min : suspended - 1) }
    return first <= last ? first...last : nil
  }
}

/// The dataset's edition: the date its network and tariffs describe, the period its tariffs were
/// published in (older ones are moved to it with a market index), and the dated rates it converts
/// with. One row of `Data/edition.csv`.
public struct EditionRecord: Hashable, Sendable, Codable {
  /// ISO date the network and tariffs are as of: routes use what is valid on it by default.
  public var asOf: String
  /// First and last day of the tariff period; a tariff dated outside it needs an index factor.
  public var periodStart: String
  public var periodEnd: String
  /// US dollars per SDR (special drawing right), ten-thousandths, for liability limits.
  public var usdPerSDR: Int64
  /// ISO date of the SDR rate.
  public var sdrDate: String
  public var sdrSources: [String]
  public var note: String

  public init(
    asOf: String, periodStart: String, periodEnd: String, usdPerSDR: Int64, sdrDate: String,
    sdrSources: [String], note: String = ""
  ) {
    self.asOf = asOf
    self.periodStart = periodStart
    self.periodEnd = periodEnd
    self.usdPerSDR = usdPerSDR
    self.sdrDate = sdrDate
    self.sdrSources = sdrSources
    self.note = note
  }

  /// The as-of date as a day number (days since 1970-01-01).
  public var asOfDay: Int32? {
    guard asOf.count == 10, let instant = Instant(iso8601: asOf) else { return nil }
    return Int32(clamping: instant.minutesSinceEpoch / 1440)
  }
}

extension Tariff {
  /// Every rate multiplied by `factor` ten-thousandths (an index moving an older tariff to the
  /// dataset's period), rounded half up to whole cents.
  public func scaled(by factor: Int64) -> Tariff {
    func scale(_ cents: Cents?) -> Cents? {
      cents.map { Cents(($0.rawValue * factor + 5_000) / 10_000) }
    }
    return Tariff(
      perTEU: scale(perTEU), perFEU: scale(perFEU), perKilogram: scale(perKilogram),
      minimumCharge: scale(minimumCharge))
  }
}

/// A decimal factor kept exactly, in ten-thousandths: `1.3275` ↔ 13275.
public enum FactorText {
  /// `1.35` → 13500; up to four decimals, no sign; nil otherwise.
  public static func parse(_ text: String) -> Int64? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 9,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let whole = Int64(parts[0])
    else { return nil }
    var value = whole * 10_000
    if parts.count == 2 {
      let fraction = parts[1]
      guard (1...4).contains(fraction.count), let digits = Int64(fraction) else { return nil }
      value += digits * [1, 1000, 100, 10, 1][fraction.count]
    }
    return value
  }

  /// 13500 → `1.35`, 10000 → `1.0`: the shortest form with at least one decimal.
  public static func text(_ value: Int64) -> String {
    var fraction = String(value % 10_000)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(value / 10_000).\(fraction)"
  }
}
