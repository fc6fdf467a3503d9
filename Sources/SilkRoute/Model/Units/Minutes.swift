/// Minutes of elapsed time.
public struct Minutes: IntegerQuantity, BitwiseCopyable {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public init(_ minutes: Int64) { self.rawValue = minutes }
  public static func days(_ days: Int64) -> Minutes { Minutes(days * 1440) }
  public static func hours(_ hours: Int64) -> Minutes { Minutes(hours * 60) }

  /// Canonical compact duration: `34d`, `4h15m`, `1d2h30m`, `0m`.
  public var compactText: String {
    guard rawValue != 0 else { return "0m" }
    let sign = rawValue < 0 ? "-" : ""
    let magnitude = rawValue.magnitude
    let days = magnitude / 1440
    let hours = magnitude % 1440 / 60
    let minutes = magnitude % 60
    var text = sign
    if days > 0 { text += "\(days)d" }
    if hours > 0 { text += "\(hours)h" }
    if minutes > 0 { text += "\(minutes)m" }
    return text
  }
  /// Elapsed days as a decimal, for display only.
  public var days: Double { Double(rawValue) / 1440 }
  public var description: String { compactText }
}
