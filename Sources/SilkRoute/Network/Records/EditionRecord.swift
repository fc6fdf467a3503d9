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
