import Foundation

/// Finds cities by name, id, alias or UN/LOCODE, ignoring case, diacritics, spaces and
/// punctuation ("malaszewicze" finds Małaszewicze, "ulan bator" finds Ulaanbaatar, "CN TAO" finds
/// Qingdao); suggests the closest names when nothing matches, LOCODEs included.
public struct CityNameMatcher: Sendable {
  private var exact: [String: [CityID]] = [:]
  private var names: [(key: String, display: String, city: CityID)] = []

  public init(cities: [CityRecord]) {
    for (index, city) in cities.enumerated() {
      let id = CityID(index)
      for name in Self.keys(of: city) {
        exact[name.key, default: []].append(id)
        names.append((name.key, name.display, id))
      }
    }
  }

  /// A city's lookup keys, each once, in the order they were found, with the name a suggestion
  /// shows for it: the name, the name before any parenthesis, the id, the LOCODE and the aliases,
  /// normalised. The one definition of what matches a city (a compiled snapshot's name index is
  /// made of these keys too).
  package static func keys(of city: CityRecord) -> [(key: String, display: String)] {
    var seen: Set<String> = []
    var keys: [(key: String, display: String)] = []
    // The name before any parenthesis ("Almaty (incl. Boralday terminal)") also matches.
    let baseName = city.name.split(separator: "(").first.map(String.init) ?? city.name
    // A LOCODE is written `CNTAO` or `CN TAO`; both normalise to `cntao`.
    for label in [city.name, baseName, city.id, city.locode] + city.aliases {
      let key = normalise(label)
      guard !key.isEmpty, seen.insert(key).inserted else { continue }
      keys.append((key, label == city.id || label == city.locode ? city.name : label))
    }
    return keys
  }

  /// Lower case, diacritics folded (also ł, ø, ß, đ, ı), letters and digits only.
  public static func normalise(_ text: String) -> String {
    // Fast path: plain ASCII needs no Unicode folding.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count)
      for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
        default: break
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var result = ""
    for character in folded {
      switch character {
      case "ł", "Ł": result.append("l")
      case "ø", "Ø": result.append("o")
      case "ß": result.append("ss")
      case "đ", "Đ": result.append("d")
      case "ı": result.append("i")
      case "æ": result.append("ae")
      default:
        if character.isLetter || character.isNumber { result.append(character) }
      }
    }
    return result
  }

  /// All cities `text` names (several only when an alias is shared).
  public func matches(_ text: String) -> [CityID] {
    exact[Self.normalise(text)] ?? []
  }

  /// Up to `limit` city names closest to `text` by edit distance (and by prefix), best first.
  public func suggestions(for text: String, limit: Int = 3, cities: [CityRecord]) -> [String] {
    let key = Self.normalise(text)
    guard !key.isEmpty else { return [] }
    var best: [CityID: Int] = [:]
    let threshold = max(2, key.count / 2)
    for entry in names {
      let distance =
        entry.key.hasPrefix(key) || key.hasPrefix(entry.key)
        ? (entry.key == key ? 0 : 1) : Self.editDistance(key, entry.key, atMost: threshold) ?? threshold + 1
      if let current = best[entry.city], current <= distance { continue }
      best[entry.city] = distance
    }
    return
      best
      .filter { $0.value <= threshold }
      .sorted { ($0.value, cities[$0.key.index].name) < ($1.value, cities[$1.key.index].name) }
      .prefix(limit)
      .map { cities[$0.key.index].name }
  }

  /// The Levenshtein distance over Unicode characters if it is at most `limit`, else nil; in
  /// O(limit) when the lengths differ by more (a 5,000-character name is not compared letter by
  /// letter with every city: that took seconds) and stopping at the first row past `limit`.
  static func editDistance(_ a: String, _ b: String, atMost limit: Int) -> Int? {
    let a = Array(a)
    let b = Array(b)
    guard abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var smallest = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        smallest = min(smallest, current[j])
      }
      if smallest > limit { return nil }
      swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }

  /// Levenshtein distance over Unicode characters.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
