import Foundation

/// The lines and blank-separated fields of a DIMACS text file (`.gr`, `.co`), read straight from its
/// bytes: no `String` per line, numbers parsed by hand. Errors are located to the character.
///
/// Lines end with LF (a CR before it is ignored); fields are separated by spaces or tabs. Blank
/// lines are skipped.
struct DIMACSScanner: ~Copyable {
  /// How a field reads as a number.
  enum Number {
    case value(Int64)
    /// Not a (signed, where allowed) decimal integer.
    case notInteger
    /// A minus sign where only non-negative values are allowed.
    case negative
    /// Beyond the allowed magnitude.
    case tooLarge
  }

  /// At most this many fields are kept per line; `fieldCount` still counts every field.
  static let maximumFields = 6

  let file: String
  private let bytes: UnsafeBufferPointer<UInt8>
  /// Size of the whole input, to check declared sizes against before allocating for them.
  var byteCount: Int { bytes.count }
  private var next = 0
  /// The current line, 1-based (0 before the first).
  private(set) var line = 0
  private var lineStart = 0
  private var lineEnd = 0
  /// Fields on the current line.
  private(set) var fieldCount = 0
  private var starts: UnsafeMutableBufferPointer<Int>
  private var ends: UnsafeMutableBufferPointer<Int>

  /// Scans `bytes`, which must outlive the scanner.
  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    self.bytes = bytes
    self.file = file
    starts = .allocate(capacity: Self.maximumFields)
    ends = .allocate(capacity: Self.maximumFields)
  }

  deinit {
    starts.deallocate()
    ends.deallocate()
  }

  /// Moves to the next line with at least one field; `false` at the end of the file.
  mutating func nextLine() -> Bool {
    let count = bytes.count
    while next < count {
      line += 1
      lineStart = next
      var end = next
      while end < count && bytes[end] != 0x0A { end += 1 }
      next = end + 1
      if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
      lineEnd = end
      fieldCount = 0
      var position = lineStart
      while position < end {
        while position < end && (bytes[position] == 0x20 || bytes[position] == 0x09) { position += 1 }
        guard position < end else { break }
        let start = position
        while position < end && bytes[position] != 0x20 && bytes[position] != 0x09 { position += 1 }
        if fieldCount < Self.maximumFields {
          starts[fieldCount] = start
          ends[fieldCount] = position
        }
        fieldCount += 1
      }
      if fieldCount > 0 { return true }
    }
    return false
  }

  /// The first byte of field `index`.
  func firstByte(of index: Int) -> UInt8 { bytes[starts[index]] }

  /// Whether field `index` is exactly `text` (ASCII).
  func field(_ index: Int, is text: StaticString) -> Bool {
    let length = ends[index] - starts[index]
    guard length == text.utf8CodeUnitCount else { return false }
    let pointer = text.utf8Start
    for offset in 0..<length where bytes[starts[index] + offset] != pointer[offset] { return false }
    return true
  }

  /// Field `index` as text (lossless for UTF-8; invalid bytes become U+FFFD).
  func text(of index: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[index]..<ends[index]]), as: UTF8.self)
  }

  /// The current line from field `index` to its end, as text.
  func rest(from index: Int) -> String {
    guard index < fieldCount else { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[index]..<lineEnd]), as: UTF8.self)
  }

  /// Field `index` as a decimal integer of magnitude at most `maximum` (below `Int64.max / 10`); a
  /// leading `-` only when `signed`, never a `+`.
  func number(_ index: Int, maximum: Int64, signed: Bool = false) -> Number {
    var position = starts[index]
    let end = ends[index]
    let negative = bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    guard position < end else { return .notInteger }
    var value: Int64 = 0
    var tooLarge = false
    while position < end {
      let digit = bytes[position] &- 0x30
      guard digit < 10 else { return .notInteger }
      // `maximum` is far below Int64.max / 10, so this cannot overflow before the check.
      if !tooLarge {
        value = value * 10 + Int64(digit)
        tooLarge = value > maximum
      }
      position += 1
    }
    if negative && !signed && value != 0 { return .negative }
    if tooLarge { return .tooLarge }
    return .value(negative ? -value : value)
  }

  /// Where field `index` starts (or, past the last field, the end of the line).
  func location(of index: Int) -> SourceLocation {
    let position = index < min(fieldCount, Self.maximumFields) ? starts[index] : lineEnd
    let prefix = UnsafeBufferPointer(rebasing: bytes[lineStart..<position])
    let column = String(decoding: prefix, as: UTF8.self).count + 1
    return SourceLocation(file: file, line: line, column: column)
  }

  /// An error at field `index`, quoting it.
  func error(at index: Int, field: String? = nil, _ message: String) -> DataFileError {
    let value = index < min(fieldCount, Self.maximumFields) ? text(of: index) : nil
    return DataFileError(location: location(of: index), field: field, value: value, message: message)
  }

  /// An error at the start of the current line, or at 1:1 of an empty file.
  func errorAtLine(_ message: String) -> DataFileError {
    DataFileError(location: SourceLocation(file: file, line: max(line, 1), column: 1), message: message)
  }

  /// The standard complaint about a line of the wrong shape.
  func fieldCountError(expected: Int, form: String) -> DataFileError {
    let index = fieldCount > expected ? expected : fieldCount
    let message = "expected \(expected) fields '\(form)', found \(fieldCount)"
    let location = location(of: index)
    return DataFileError(
      location: location, value: fieldCount > expected ? text(of: expected) : nil, message: message)
  }
}

extension DIMACSScanner {
  /// Runs `body` on a scanner over `data`.
  static func scan<Result>(
    _ data: Data, file: String, _ body: (inout DIMACSScanner) throws(DataFileError) -> Result
  ) throws(DataFileError) -> Result {
    let outcome: Swift.Result<Result, DataFileError> = data.withUnsafeBytes { raw in
      var scanner = DIMACSScanner(bytes: raw.assumingMemoryBound(to: UInt8.self), file: file)
      do throws(DataFileError) {
        return .success(try body(&scanner))
      } catch {
        return .failure(error)
      }
    }
    return try outcome.get()
  }

  /// The contents of the file at `path`, or a `StoreError` naming it.
  static func contents(of path: String) throws(StoreError) -> Data {
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
    } catch {
      throw StoreError("cannot read \(path): \(error.localizedDescription)")
    }
  }
}
