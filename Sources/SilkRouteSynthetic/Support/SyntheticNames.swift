/// Pronounceable made-up names for countries and cities, unique after folding case.
struct SyntheticNames {
  private static let syllables = [
    "ka", "ro", "vel", "min", "dar", "tus", "sha", "lo", "ne", "bar", "os", "gra", "kan", "mir", "zen",
    "pol", "ta", "ri", "vo", "len", "bek", "sar", "tam", "ul", "an", "dor", "fel", "gan", "hal", "ir",
    "jar", "kor", "lan", "mus", "nor", "or", "pek", "qi", "ras", "sel", "tur", "ur", "vas", "yen", "zar",
    "ba", "che", "du", "e", "fa", "go", "hu", "in", "ju", "ki", "lu", "ma", "ni", "pa", "su",
  ]
  private static let countryEndings = ["ia", "stan", "land", "ar", "ova", "ei"]

  private var taken: Set<String> = []

  /// A city name of two to four syllables, never one handed out before.
  mutating func cityName(_ random: inout SeededGenerator) -> String {
    var syllableCount = 2 + random.next(below: 2)
    while true {
      for _ in 0..<8 {
        var name = ""
        for _ in 0..<syllableCount { name += Self.syllables[random.next(below: Self.syllables.count)] }
        if taken.insert(name).inserted { return Self.capitalised(name) }
      }
      syllableCount += 1
    }
  }

  /// A country name: syllables and an ending.
  mutating func countryName(_ random: inout SeededGenerator) -> String {
    while true {
      var name = ""
      for _ in 0..<(1 + random.next(below: 2)) {
        name += Self.syllables[random.next(below: Self.syllables.count)]
      }
      name += Self.countryEndings[random.next(below: Self.countryEndings.count)]
      if taken.insert(name).inserted { return Self.capitalised(name) }
    }
  }

  static func capitalised(_ name: String) -> String {
    name.prefix(1).uppercased() + name.dropFirst()
  }

  /// `AA`, `AB`, … `ZZ`: the `index`-th two-letter code.
  static func countryCode(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return String([letters[index / 26 % 26], letters[index % 26]])
  }
}
