import Foundation

/// A batch as JSON: JSON Lines (one `RouteRequest` object per line, exactly as `POST /v1/routes`
/// takes it, with an optional `id`; blank lines skipped) or a JSON array of such objects. A line
/// that is not a readable request is that row's error; the other rows are answered.
public struct BatchJSONSource: BatchSource {
  private enum Input {
    case lines(BatchBytes)
    case array([Any])
  }

  private let input: Input
  private var line = 0
  private var arrayIndex = 0
  /// The number of rows, when the whole input is in memory (``init(body:)``).
  public private(set) var count: Int?

  /// JSON Lines read from `bytes` as they are needed.
  public init(lines bytes: BatchBytes) {
    input = .lines(bytes)
  }

  /// JSON Lines, or a JSON array when the first character that is not white space is `[`.
  ///
  /// - Throws: `BatchRowError` when the body starts as an array that is not readable JSON.
  public init(body: [UInt8]) throws(BatchRowError) {
    guard body.first(where: { !Self.isSpace($0) }) == UInt8(ascii: "[") else {
      input = .lines(BatchBytes(body))
      count = body.split(separator: UInt8(ascii: "\n")).count { $0.contains { !Self.isSpace($0) } }
      return
    }
    do {
      guard let array = try JSONSerialization.jsonObject(with: Data(body)) as? [Any] else {
        throw BatchRowError(message: "the body is not a JSON array")
      }
      input = .array(array)
      count = array.count
    } catch let error as BatchRowError {
      throw error
    } catch {
      throw BatchRowError(message: "the body is not a JSON array: malformed JSON")
    }
  }

  public mutating func nextRow(index: Int) throws -> BatchRow? {
    switch input {
    case .array(let elements):
      guard arrayIndex < elements.count else { return nil }
      let element = elements[arrayIndex]
      arrayIndex += 1
      guard JSONSerialization.isValidJSONObject(element),
        let data = try? JSONSerialization.data(withJSONObject: element)
      else {
        return {
          BatchEntry(
            index: index, line: nil, id: nil, request: .failure(BatchRowError(message: "not a JSON object")))
        }
      }
      return { BatchRequestDecoding.entry(json: data, index: index, line: nil) }
    case .lines(let bytes):
      while true {
        guard let text = try Self.line(from: bytes) else { return nil }
        line += 1
        guard text.contains(where: { !Self.isSpace($0) }) else { continue }
        let number = line
        return { BatchRequestDecoding.entry(json: Data(text), index: index, line: number) }
      }
    }
  }

  /// The next line's bytes without its line break, or nil at the end of the input.
  private static func line(from bytes: BatchBytes) throws -> [UInt8]? {
    var text: [UInt8] = []
    while let byte = try bytes.next() {
      if byte == UInt8(ascii: "\n") {
        if text.last == UInt8(ascii: "\r") { text.removeLast() }
        return text
      }
      text.append(byte)
    }
    return text.isEmpty ? nil : text
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
