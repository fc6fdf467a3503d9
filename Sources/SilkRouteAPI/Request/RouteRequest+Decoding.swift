import Foundation
import SilkRoute

extension RouteRequest {
  /// Decodes a JSON body and records the fields it does not know in ``ignoredFields``.
  ///
  /// - Throws: `DecodingError` for JSON that is malformed or of the wrong shape.
  public static func decode(json data: Data) throws -> RouteRequest {
    var request = try JSONDecoder().decode(RouteRequest.self, from: data)
    if let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
      request.ignoredFields = unknownFields(in: object)
    }
    return request
  }

  /// JSON paths of the keys in `object` that are not fields of a request, in document order of
  /// the known structure (sorted within each object).
  static func unknownFields(in object: [String: Any]) -> [String] {
    func unknown<Keys: CodingKey & CaseIterable>(
      _ value: Any?, _: Keys.Type, at path: String,
      nested: (String, Any, String) -> [String] = { _, _, _ in [] }
    ) -> [String] {
      guard let object = value as? [String: Any] else { return [] }
      let known = Set(Keys.allCases.map(\.stringValue))
      var found: [String] = []
      for key in object.keys.sorted() {
        let keyPath = path.isEmpty ? key : "\(path).\(key)"
        if known.contains(key) {
          found += nested(key, object[key] as Any, keyPath)
        } else {
          found.append(keyPath)
        }
      }
      return found
    }
    return unknown(object, CodingKeys.self, at: "") { key, value, path in
      switch key {
      case CodingKeys.cargo.stringValue: return unknown(value, CargoSpec.CodingKeys.self, at: path)
      case CodingKeys.constraints.stringValue: return unknown(value, ConstraintSpec.CodingKeys.self, at: path)
      case CodingKeys.disruptions.stringValue:
        return unknown(value, DisruptionSpec.CodingKeys.self, at: path) { key, value, path in
          guard key == DisruptionSpec.CodingKeys.delays.stringValue, let items = value as? [Any] else {
            return []
          }
          return items.enumerated().flatMap { index, item in
            unknown(item, DelaySpec.CodingKeys.self, at: "\(path)[\(index)]")
          }
        }
      default: return []
      }
    }
  }
}
