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
