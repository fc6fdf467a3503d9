/// `512MiB`, `4GiB`, `1.5GiB`, `800KiB`, `2G`, `300M`: a size in binary units (K, M, G, T with or
/// without `iB`/`B`, case ignored), at most 1 TiB.
enum MemorySize {
  static func parse(_ text: String) -> Int? {
    let lower = text.lowercased()
    let number = lower.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    let unit = lower.dropFirst(number.count)
    let shifts: [String: Int] = [
      "": 0, "b": 0, "k": 10, "kb": 10, "kib": 10, "m": 20, "mb": 20, "mib": 20, "g": 30, "gb": 30, "gib": 30,
      "t": 40, "tb": 40, "tib": 40,
    ]
    guard let shift = shifts[String(unit)], !number.isEmpty, number.count <= 12, let value = Double(number),
      value.isFinite
    else { return nil }
    let bytes = (value * Double(1 << shift)).rounded(.down)
    guard bytes >= 1, bytes <= Double(1 << 40) else { return nil }
    return Int(bytes)
  }
}
