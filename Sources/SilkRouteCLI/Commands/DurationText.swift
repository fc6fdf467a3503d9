import SilkRoute

/// `20d`, `12h`, `4h15m`, `1d2h30m` (units in any combination, largest first).
enum DurationText {
  static func parse(_ text: String) -> Minutes? {
    var total: Int64 = 0
    var number = ""
    var last = 0
    guard !text.isEmpty else { return nil }
    for character in text.lowercased() {
      if character.isASCII && character.isNumber {
        number.append(character)
        continue
      }
      let (rank, scale): (Int, Int64) =
        switch character {
        case "d": (1, 1440)
        case "h": (2, 60)
        case "m": (3, 1)
        default: (0, 0)
        }
      guard rank > last, !number.isEmpty, number.count <= 7, let value = Int64(number) else { return nil }
      total += value * scale
      last = rank
      number = ""
    }
    return number.isEmpty ? Minutes(total) : nil
  }
}
