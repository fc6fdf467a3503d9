/// Which budget an answer ran out of, its limit and what was spent when it stopped.
public enum BudgetOverrun: Hashable, Sendable {
  case time(limit: Duration, spent: Duration)

  /// "its time budget of 5 s (stopped after 5.01 s)".
  public var message: String {
    switch self {
    case .time(let limit, let spent):
      "its time budget of \(Self.seconds(limit)) (stopped after \(Self.seconds(spent)))"
    }
  }

  /// `5 s`, `0.5 s`, `12.04 s`: to the hundredth, without trailing zeros.
  public static func seconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let hundredths = seconds * 100 + attoseconds / 10_000_000_000_000_000
    let (whole, fraction) = (hundredths / 100, hundredths % 100)
    if fraction == 0 { return "\(whole) s" }
    if fraction % 10 == 0 { return "\(whole).\(fraction / 10) s" }
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction) s"
  }
}
