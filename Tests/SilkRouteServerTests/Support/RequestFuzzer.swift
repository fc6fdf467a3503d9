import SilkRoute

/// A JSON text as it is written, so that a fuzzer can write what a JSON library would not:
/// number literals kept as text (`1e400`, `-0`, `9223372036854775808`), duplicate keys.
indirect enum FuzzJSON {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([FuzzJSON])
  case object([(String, FuzzJSON)])

  var text: String {
    switch self {
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .number(let literal): literal
    case .string(let value): Self.quoted(value)
    case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
    case .object(let members):
      "{" + members.map { Self.quoted($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
    }
  }

  static func quoted(_ value: String) -> String {
    var text = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text + "\""
  }
}

/// Seeded request bodies for `POST /v1/routes`: random JSON of any shape, valid requests mutated
/// field by field (wrong types, edge numbers, hostile strings, unknown and duplicate keys),
/// byte-level damage, and deep nesting. The same seed gives the same bodies.
struct RequestFuzzer {
  var random: SplitMix64
  /// City names, ids and codes the network knows, so that mutated requests reach the planner.
  let cities: [String]

  init(seed: UInt64, cities: [String]) {
    random = SplitMix64(seed: seed)
    self.cities = cities
  }

  enum Kind: String, CaseIterable {
    case randomValue, mutatedRequest, damagedBytes, deepNesting, edgeNumbers, hostileStrings
  }

  mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &random) }
  mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }
  mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

  /// The next body and what kind of fuzz it is.
  mutating func next() -> (kind: Kind, body: [UInt8]) {
    let roll = int(0..<100)
    switch roll {
    case 0..<20: return (.randomValue, Array(randomValue(depth: 0).text.utf8))
    case 20..<60: return (.mutatedRequest, Array(mutatedRequest().text.utf8))
    case 60..<75: return (.damagedBytes, damaged(Array(validRequest().text.utf8)))
    case 75..<80: return (.deepNesting, Array(deepNesting().utf8))
    case 80..<90: return (.edgeNumbers, Array(withEdgeNumbers().text.utf8))
    default: return (.hostileStrings, Array(withHostileStrings().text.utf8))
    }
  }

  static let edgeNumbers = [
    "0", "-0", "1", "-1", "2", "20", "21", "1.5", "0.5", "-1.5", "1e3", "1E2", "2.0", "1e400", "-1e400",
    "1e-400",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551616", "123456789012345678901234567890", "2147483648", "4294967296", "0.0000001",
    "100000000", "100000001", "10000", "10001", "99999999999999999999.5",
  ]

  static let hostileStrings = [
    "", " ", "Mos\u{1b}[31mcow", "x\r\ny", "\u{0}", "\u{7}\u{8}\u{b}\u{c}", "\u{1b}]0;pwned\u{7}",
    "\u{2028}\u{2029}",
    "🚂🚢✈️", "\u{202e}gruBmaH", "Z\u{301}\u{308}\u{30a}", "ハンブルク", "Алматы", "𝓗𝓪𝓶𝓫𝓾𝓻𝓰", "\u{feff}Hamburg",
    "Hamburg\u{0}", "'; DROP TABLE cities; --", "%s%n%x", "../../etc/passwd", "<script>alert(1)</script>",
    String(repeating: "a", count: 5000), String(repeating: "é", count: 2000),
    String(repeating: "-", count: 30000),
    String(repeating: "Almaty-", count: 3000), "null", "true", "1.5", "{}",
    "2026-12-01T08:00+-9:-9", "2026-02-30", "9999-12-31T23:59Z", "0000-01-01T00:00Z",
    "2026-12-01T08:00+14:00",
  ]

  static let knownKeys = [
    "from", "to", "cargo", "objective", "pareto", "alternatives", "depart", "arriveBy", "constraints",
    "disruptions", "billOfLadingDraft",
  ]
  static let constraintKeys = [
    "avoidCountries", "avoidModes", "avoidCarriers", "avoidCrossings", "via", "maxLegs", "maxTransfers",
    "budgetUSD", "maxDurationMinutes", "deadline", "singleBillOfLading",
  ]

  mutating func randomString() -> String {
    switch int(0..<5) {
    case 0: return pick(Self.hostileStrings)
    case 1: return pick(cities)
    case 2:
      return pick(Self.knownKeys + Self.constraintKeys + ["FEU", "TEU", "kg", "sea", "rail", "cost", "time"])
    default:
      let alphabet = Array("abcXYZ019 -_.,:/\\\"'é中🚂\u{1}\u{7f}")
      return String((0..<int(0..<12)).map { _ in pick(alphabet) })
    }
  }

  mutating func randomValue(depth: Int) -> FuzzJSON {
    switch int(0..<(depth > 3 ? 4 : 7)) {
    case 0: return .null
    case 1: return .bool(chance(50))
    case 2: return .number(pick(Self.edgeNumbers))
    case 3: return .string(randomString())
    case 4: return .array((0..<int(0..<5)).map { _ in randomValue(depth: depth + 1) })
    default:
      return .object(
        (0..<int(0..<6)).map { _ in
          (
            chance(60) ? pick(Self.knownKeys + Self.constraintKeys) : randomString(),
            randomValue(depth: depth + 1)
          )
        })
    }
  }

  /// A request the server answers (mostly 200; some routes do not exist), cheap to search.
  mutating func validRequest() -> FuzzJSON {
    var members: [(String, FuzzJSON)] = [("from", .string(pick(cities))), ("to", .string(pick(cities)))]
    if chance(30) {
      members.append(
        (
          "cargo",
          .object([
            ("unit", .string(pick(["FEU", "TEU", "kg"]))), ("count", .number(String(int(1..<4)))),
          ])
        ))
    }
    if chance(30) { members.append(("objective", .string(pick(["cheapest", "fastest", "greenest"])))) }
    // The other modes cost a debug build tens of milliseconds each: a few keep them in the mix.
    switch int(0..<20) {
    case 0:
      members.append(("pareto", .array([.string("cost"), .string(pick(["time", "co2", "documents"]))])))
    case 1: members.append(("alternatives", .number(String(int(1..<4)))))
    case 2: members.append(("depart", .string("2026-12-0\(int(1..<8))T08:00Z")))
    default: break
    }
    if chance(25) {
      var constraints: [(String, FuzzJSON)] = []
      if chance(50) { constraints.append(("avoidModes", .array([.string(pick(["sea", "air", "road"]))]))) }
      if chance(40) { constraints.append(("maxLegs", .number(String(int(1..<10))))) }
      if chance(30) { constraints.append(("budgetUSD", .string(String(int(500..<20000))))) }
      if chance(10) { constraints.append(("via", .array([.string(pick(cities))]))) }
      members.append(("constraints", .object(constraints)))
    }
    if chance(5) { members.append(("disruptions", .object([("close", .array([.string(pick(cities))]))]))) }
    return .object(members)
  }

  /// A valid request with one to three mutations.
  mutating func mutatedRequest() -> FuzzJSON {
    var request = validRequest()
    for _ in 0..<int(1..<4) { request = mutate(request, depth: 0) }
    return request
  }

  mutating func mutate(_ value: FuzzJSON, depth: Int) -> FuzzJSON {
    guard case .object(var members) = value, !members.isEmpty else {
      return chance(50) ? randomValue(depth: depth) : value
    }
    let index = int(0..<members.count)
    switch int(0..<8) {
    case 0: members[index].1 = randomValue(depth: depth + 1)
    case 1: members.remove(at: index)
    case 2:
      members.append((chance(50) ? randomString() : pick(Self.knownKeys), randomValue(depth: depth + 1)))
    case 3: members.append(members[index])
    case 4: members[index].1 = mutate(members[index].1, depth: depth + 1)
    case 5:
      members.append((pick(Self.knownKeys), .object([(pick(Self.constraintKeys), randomValue(depth: 2))])))
    case 6: members.shuffle(using: &random)
    default: return chance(50) ? .array([.object(members)]) : .object([(randomString(), .object(members))])
    }
    return .object(members)
  }

  /// A valid request with numbers at the edge of every range in its integer fields.
  mutating func withEdgeNumbers() -> FuzzJSON {
    guard case .object(var members) = validRequest() else { return .null }
    switch int(0..<6) {
    case 0: members.append(("alternatives", .number(pick(Self.edgeNumbers))))
    case 1:
      members.append(
        (
          "cargo",
          .object([("unit", .string(pick(["FEU", "kg"]))), ("count", .number(pick(Self.edgeNumbers)))])
        ))
    case 2:
      let key = pick(["maxLegs", "maxTransfers", "maxDurationMinutes"])
      members.append(("constraints", .object([(key, .number(pick(Self.edgeNumbers)))])))
    case 3:
      members.append(
        (
          "disruptions",
          .object([
            (
              "delays",
              .array([
                .object([
                  ("target", .string(pick(cities))), ("delayMinutes", .number(pick(Self.edgeNumbers))),
                ])
              ])
            )
          ])
        ))
    case 4: members.append((randomString(), .number(pick(Self.edgeNumbers))))
    default: members.append(("constraints", .object([("budgetUSD", .number(pick(Self.edgeNumbers)))])))
    }
    return .object(members)
  }

  /// A request whose strings are hostile: control characters, bidi overrides, long, not names.
  mutating func withHostileStrings() -> FuzzJSON {
    let field = pick([
      "from", "to", "objective", "depart", "arriveBy", "via", "avoidCountries", "close", "unit",
    ])
    let text = FuzzJSON.string(pick(Self.hostileStrings))
    var members: [(String, FuzzJSON)] = [("from", .string(pick(cities))), ("to", .string(pick(cities)))]
    switch field {
    case "from", "to": members = members.map { $0.0 == field ? (field, text) : $0 }
    case "via", "avoidCountries": members.append(("constraints", .object([(field, .array([text]))])))
    case "close": members.append(("disruptions", .object([("close", .array([text]))])))
    case "unit": members.append(("cargo", .object([("unit", text), ("count", .number("1"))])))
    default: members.append((field, text))
    }
    return .object(members)
  }

  /// Bytes flipped, dropped, inserted or cut; invalid UTF-8 included.
  mutating func damaged(_ bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<int(1..<5) where !bytes.isEmpty {
      let at = int(0..<bytes.count)
      switch int(0..<5) {
      case 0: bytes[at] ^= UInt8(1 << int(0..<8))
      case 1: bytes.remove(at: at)
      case 2:
        bytes.insert(pick([0x00, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0xFF, 0xC3, 0xE2]), at: at)
      case 3: bytes = Array(bytes[..<at])
      default: bytes.insert(contentsOf: Array(pick(Self.edgeNumbers).utf8), at: at)
      }
    }
    return bytes
  }

  /// Arrays or objects nested 100 to 20,000 deep, bare or in a field.
  mutating func deepNesting() -> String {
    let depth = pick([100, 511, 512, 513, 1000, 5000, 20000])
    let (open, close) = chance(50) ? ("[", "]") : ("{\"a\":", "}")
    let nested = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
    return chance(50) ? nested : #"{"from": "Jiaozhou", "to": "Almaty", "note": \#(nested)}"#
  }
}
