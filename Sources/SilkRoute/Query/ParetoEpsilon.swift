/// How far an approximate Pareto front may be from the exact one: with tolerance E, every
/// Pareto-optimal route is within a factor 1 + E, in every criterion of the front, of a route the
/// answer returns (an ε-approximate front, as A*pex and PP-A* compute). Kept as an exact integer,
/// parts per million, so that the guarantee is checked without rounding: E = 0.05 is 50,000 ppm.
///
/// The returned routes are real routes, priced like any other; they need not be Pareto-optimal
/// themselves (a route that would have dominated one of them may have been left out because
/// another returned route already came within the tolerance of it).
public struct ParetoEpsilon: Hashable, Sendable, CustomStringConvertible {
  /// The tolerance in millionths: 50,000 for E = 0.05.
  public let partsPerMillion: Int64

  /// The largest tolerance accepted: E = 10 (a factor of 11).
  public static let maximumPartsPerMillion: Int64 = 10_000_000

  /// - Returns: nil unless `partsPerMillion` is in 1 … `maximumPartsPerMillion`.
  public init?(partsPerMillion: Int64) {
    guard (1...Self.maximumPartsPerMillion).contains(partsPerMillion) else { return nil }
    self.partsPerMillion = partsPerMillion
  }

  /// E written as a decimal number ("0.05", "1", ".5", "2.125"): at most six decimals, above 0,
  /// at most 10.
  ///
  /// - Returns: nil for anything else (a sign, an exponent, seven decimals, 0, 11).
  public init?(decimal text: String) {
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), parts[0].count <= 2,
      parts.count < 2 || parts[1].count <= 6, let millionths = Self.partsPerMillion(truncating: text)
    else { return nil }
    self.init(partsPerMillion: millionths)
  }

  /// A non-negative decimal number's whole millionths, the rest dropped: "0.05" → 50,000,
  /// "1.9e-06" → 1, "5e-324" → 0 (the forms `Double.description` writes too); nil for anything
  /// else, or past 10¹² millionths.
  public static func partsPerMillion(truncating text: String) -> Int64? {
    let parts = text.lowercased().split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
    guard let exponent = parts.count == 2 ? Int(parts[1]) : 0, abs(exponent) <= 1_000 else { return nil }
    let pieces = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = pieces[0]
    let fraction = pieces.count == 2 ? pieces[1] : ""
    let digits = whole + fraction
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    // The digits before `point` are the whole millionths.
    let point = whole.count + exponent + 6
    guard point > 0 else { return 0 }
    guard point <= 12 + digits.prefix(while: { $0 == "0" }).count else { return nil }
    let kept =
      point >= digits.count
      ? String(digits) + String(repeating: "0", count: point - digits.count) : String(digits.prefix(point))
    return Int64(kept)
  }

  /// E as the shortest decimal that reads back as it ("0.05", "1", "0.000001").
  public var description: String { Self.decimal(partsPerMillion) }

  /// The factor 1 + E as the shortest decimal ("1.05" for E = 0.05, "2" for E = 1).
  public var factorText: String { Self.decimal(partsPerMillion + 1_000_000) }

  private static func decimal(_ partsPerMillion: Int64) -> String {
    let units = partsPerMillion / 1_000_000
    var fraction = String(partsPerMillion % 1_000_000)
    guard fraction != "0" else { return "\(units)" }
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(units).\(fraction)"
  }

  /// E as a floating-point number, for display and JSON.
  public var value: Double { Double(partsPerMillion) / 1_000_000 }

  /// The largest integer at most (1 + E) · `value` (saturating at `Int64.max`; a value below 1
  /// is returned as it is): for integers a and b ≥ 0, `a <= relaxed(b)` exactly when
  /// a ≤ (1 + E) · b.
  @inline(__always) public func relaxed(_ value: Int64) -> Int64 {
    guard value > 0 else { return value }
    let (high, low) = value.multipliedFullWidth(by: 1_000_000 + partsPerMillion)
    // The quotient by 10⁶ fits 63 bits only below 2⁶³ · 10⁶, i.e. high < 10⁶ / 2.
    guard high < 500_000 else { return .max }
    return Int64(1_000_000).dividingFullWidth((high, low)).quotient
  }
}
