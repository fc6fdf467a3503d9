import Foundation

extension BatchRowError {
  /// The row error for a request that JSON decoding refused: the field at its coding path
  /// (`constraints.via[1]`) and what was wrong with it, or the row as a whole for malformed JSON.
  init(_ error: any Error) {
    guard let error = error as? DecodingError else {
      self.init(message: "malformed JSON: \(error.localizedDescription)")
      return
    }
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      self.init(message: "malformed JSON: \(Self.reason(context))")
    case .dataCorrupted(let context):
      self.init(field: Self.path(context.codingPath), message: "invalid value: \(Self.reason(context))")
    case .keyNotFound(let key, let context):
      self.init(field: Self.path(context.codingPath + [key]), message: "missing required field")
    case .typeMismatch(let type, let context):
      self.init(field: Self.path(context.codingPath), message: "expected \(Self.typeName(type))")
    case .valueNotFound(let type, let context):
      self.init(field: Self.path(context.codingPath), message: "expected \(Self.typeName(type)), found null")
    @unknown default:
      self.init(message: "the request cannot be decoded")
    }
  }

  /// The first line of a decoding context's description, or of its underlying error's.
  private static func reason(_ context: DecodingError.Context) -> String {
    let text = context.underlyingError.map { "\($0)" } ?? context.debugDescription
    return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "unreadable"
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type, is Int64.Type: "an integer"
    case is Double.Type: "a number"
    case is Bool.Type: "true or false"
    case is [String].Type: "an array of strings"
    case is [String: Any].Type: "a JSON object"
    default: "a value of another type"
    }
  }

  /// `constraints.via[1]` from a coding path.
  static func path(_ codingPath: [any CodingKey]) -> String? {
    var text = ""
    for key in codingPath {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text.isEmpty ? nil : text
  }
}
