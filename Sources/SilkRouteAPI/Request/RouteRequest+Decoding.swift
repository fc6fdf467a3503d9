import Foundation
import SilkRoute

extension RouteRequest {
  /// Decoded as the synthesized decoder would (fields in the order of `CodingKeys`), through
  /// the one list of fields that ``RouteMatrix`` shares.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      from: try container.decode(String.self, forKey: .from),
      to: try container.decode(String.self, forKey: .to))
    try decodeFields(from: container)
  }

  /// Every field but `from` and `to` (left empty): a ``RouteMatrix`` reads those as lists.
  init(matrixFieldsFrom decoder: any Decoder) throws {
    self.init(from: "", to: "")
    try decodeFields(from: try decoder.container(keyedBy: CodingKeys.self))
  }

  private mutating func decodeFields(from container: KeyedDecodingContainer<CodingKeys>) throws {
    cargo = try container.decodeIfPresent(CargoSpec.self, forKey: .cargo)
    objective = try container.decodeIfPresent(String.self, forKey: .objective)
    pareto = try container.decodeIfPresent([String].self, forKey: .pareto)
    paretoEpsilon = try container.decodeIfPresent(Double.self, forKey: .paretoEpsilon)
    alternatives = try container.decodeIfPresent(Int.self, forKey: .alternatives)
    depart = try container.decodeIfPresent(String.self, forKey: .depart)
    arriveBy = try container.decodeIfPresent(String.self, forKey: .arriveBy)
    asOf = try container.decodeIfPresent(String.self, forKey: .asOf)
    constraints = try container.decodeIfPresent(ConstraintSpec.self, forKey: .constraints)
    disruptions = try container.decodeIfPresent(DisruptionSpec.self, forKey: .disruptions)
    billOfLadingDraft = try container.decodeIfPresent(Bool.self, forKey: .billOfLadingDraft)
    departWindow = try container.decodeIfPresent(DepartWindowSpec.self, forKey: .departWindow)
    currency = try container.decodeIfPresent(String.self, forKey: .currency)
    containerOffer = try container.decodeIfPresent(Bool.self, forKey: .containerOffer)
  }

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
      case CodingKeys.departWindow.stringValue:
        return unknown(value, DepartWindowSpec.CodingKeys.self, at: path)
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
