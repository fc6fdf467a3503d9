/// The number literals of a JSON text, each with its JSON path (`constraints.maxLegs`,
/// `disruptions.delays[2].delayMinutes`) and its byte range.
///
/// Foundation's `JSONDecoder` on Linux reports a number that an integer field cannot hold (`1.5`,
/// `9223372036854775808`, `1e400`) as "not valid JSON" with no coding path; this scanner lets the
/// server find which field it was. It checks the grammar (RFC 8259) as it goes, so a text it
/// accepts is well-formed JSON, and it stops at `maximumDepth` rather than recursing without
/// bound.
struct JSONNumberScanner {
  struct Number: Equatable {
    /// Keys and indices from the root, e.g. `constraints.via[1]`.
    var path: String
    /// The literal as written.
    var text: String
    var range: Range<Int>
  }

  static let maximumDepth = 512

  private let bytes: [UInt8]
  private var index = 0
  private var found: [Number] = []

  private init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Every number in `bytes` in document order, or nil when `bytes` is not well-formed JSON (or
  /// nests deeper than `maximumDepth`).
  static func numbers(in bytes: [UInt8]) -> [Number]? {
    var scanner = JSONNumberScanner(bytes)
    scanner.skipWhitespace()
    guard scanner.value(path: "", depth: 0) else { return nil }
    scanner.skipWhitespace()
    guard scanner.index == bytes.count else { return nil }
    return scanner.found
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
  }

  private mutating func consume(_ byte: UInt8) -> Bool {
    guard current == byte else { return false }
    index += 1
    return true
  }

  private mutating func literal(_ text: StaticString) -> Bool {
    let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected)
    else { return false }
    index += expected.count
    return true
  }

  private mutating func value(path: String, depth: Int) -> Bool {
    guard depth < Self.maximumDepth, let byte = current else { return false }
    switch byte {
    case UInt8(ascii: "{"): return object(path: path, depth: depth + 1)
    case UInt8(ascii: "["): return array(path: path, depth: depth + 1)
    case UInt8(ascii: "\""): return string() != nil
    case UInt8(ascii: "t"): return literal("true")
    case UInt8(ascii: "f"): return literal("false")
    case UInt8(ascii: "n"): return literal("null")
    default: return number(path: path)
    }
  }

  private mutating func object(path: String, depth: Int) -> Bool {
    index += 1
    skipWhitespace()
    if consume(UInt8(ascii: "}")) { return true }
    while true {
      skipWhitespace()
      guard let key = string() else { return false }
      skipWhitespace()
      guard consume(UInt8(ascii: ":")) else { return false }
      skipWhitespace()
      guard value(path: path.isEmpty ? key : "\(path).\(key)", depth: depth) else { return false }
      skipWhitespace()
      if consume(UInt8(ascii: "}")) { return true }
      guard consume(UInt8(ascii: ",")) else { return false }
    }
  }

  private mutating func array(path: String, depth: Int) -> Bool {
    index += 1
    skipWhitespace()
    if consume(UInt8(ascii: "]")) { return true }
    var position = 0
    while true {
      skipWhitespace()
      guard value(path: "\(path)[\(position)]", depth: depth) else { return false }
      position += 1
      skipWhitespace()
      if consume(UInt8(ascii: "]")) { return true }
      guard consume(UInt8(ascii: ",")) else { return false }
    }
  }

  /// A string literal's value (escapes decoded), or nil when malformed.
  private mutating func string() -> String? {
    guard consume(UInt8(ascii: "\"")) else { return nil }
    var scalars = String.UnicodeScalarView()
    var pendingHigh: UInt32?
    var run = index
    func flushRun(_ end: Int) {
      if run < end {
        scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars)
      }
    }
    while let byte = current {
      switch byte {
      case UInt8(ascii: "\""):
        flushRun(index)
        index += 1
        return pendingHigh == nil ? String(scalars) : nil
      case UInt8(ascii: "\\"):
        flushRun(index)
        index += 1
        guard let escape = current else { return nil }
        index += 1
        if escape == UInt8(ascii: "u") {
          guard let unit = hex4() else { return nil }
          if let high = pendingHigh {
            guard (0xDC00...0xDFFF).contains(unit) else { return nil }
            pendingHigh = nil
            guard let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)) else {
              return nil
            }
            scalars.append(scalar)
          } else if (0xD800...0xDBFF).contains(unit) {
            pendingHigh = unit
          } else {
            guard let scalar = Unicode.Scalar(unit) else { return nil }
            scalars.append(scalar)
          }
        } else {
          guard pendingHigh == nil else { return nil }
          let decoded: Unicode.Scalar
          switch escape {
          case UInt8(ascii: "\""): decoded = "\""
          case UInt8(ascii: "\\"): decoded = "\\"
          case UInt8(ascii: "/"): decoded = "/"
          case UInt8(ascii: "b"): decoded = "\u{8}"
          case UInt8(ascii: "f"): decoded = "\u{c}"
          case UInt8(ascii: "n"): decoded = "\n"
          case UInt8(ascii: "r"): decoded = "\r"
          case UInt8(ascii: "t"): decoded = "\t"
          default: return nil
          }
          scalars.append(decoded)
        }
        run = index
      case 0x00..<0x20:
        return nil
      default:
        guard pendingHigh == nil else { return nil }
        index += 1
      }
    }
    return nil
  }

  private mutating func hex4() -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[index..<index + 4] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value * 16 + UInt32(digit)
    }
    index += 4
    return value
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  private mutating func number(path: String) -> Bool {
    let start = index
    func digits() -> Int {
      let first = index
      while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
      return index - first
    }
    _ = consume(UInt8(ascii: "-"))
    if consume(UInt8(ascii: "0")) {
      // no leading zeros
    } else if digits() == 0 {
      return false
    }
    if consume(UInt8(ascii: ".")) && digits() == 0 { return false }
    if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
      if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
      if digits() == 0 { return false }
    }
    found.append(
      Number(path: path, text: String(decoding: bytes[start..<index], as: UTF8.self), range: start..<index))
    return true
  }
}

extension JSONNumberScanner.Number {
  /// Why an integer field cannot hold this number, or nil when it can (`7`, `7.0`, `7e2`).
  var integerProblem: String? {
    if Int64(text) != nil { return nil }
    guard let value = Double(text), value.isFinite else {
      return "\(text) is out of range for an integer"
    }
    if value.rounded(.towardZero) != value { return "expected a whole number, found \(text)" }
    // Every integral double below 2^63 in magnitude fits in Int64.
    if value.magnitude < 9_223_372_036_854_775_808.0 { return nil }
    return "\(text) is out of range (an integer from -9223372036854775808 to 9223372036854775807)"
  }
}
