import Foundation

/// One route question asked of many origin–destination pairs: an origin–destination matrix.
/// Every cell is exactly the answer of one ``RouteRequest``: ``request`` with its `from` and
/// `to` set to the cell's cities (``MatrixPlan/request(for:)``). There is no other request
/// model: every option of a route request (objective, Pareto front, cargo, constraints,
/// departure, what-if...) is an option of the matrix.
///
/// JSON (`POST /v1/matrix`): a `RouteRequest` whose `from` and `to` are each `"all"` or an array
/// of city names.
///
/// ```json
/// {"from": ["Jiaozhou", "Almaty"], "to": "all", "objective": "fastest"}
/// ```
public struct RouteMatrix: Hashable, Sendable, Codable {
  public var origins: CitySelection
  public var destinations: CitySelection
  /// Every other field of each cell's request; its `from` and `to` are ignored (set per cell).
  public var request: RouteRequest

  public init(origins: CitySelection, destinations: CitySelection, request: RouteRequest) {
    self.origins = origins
    self.destinations = destinations
    self.request = request
  }

  enum CodingKeys: String, CodingKey {
    case from, to
  }

  /// The request's fields and the two selections from one JSON object.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    origins = try container.decode(CitySelection.self, forKey: .from)
    destinations = try container.decode(CitySelection.self, forKey: .to)
    request = try RouteRequest(matrixFieldsFrom: decoder)
  }

  public func encode(to encoder: any Encoder) throws {
    try request.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(origins, forKey: .from)
    try container.encode(destinations, forKey: .to)
  }

  /// Decodes a JSON body and records the fields it does not know in the request's
  /// ``RouteRequest/ignoredFields``.
  ///
  /// - Throws: `DecodingError` for JSON that is malformed or of the wrong shape.
  public static func decode(json data: Data) throws -> RouteMatrix {
    var matrix = try JSONDecoder().decode(RouteMatrix.self, from: data)
    if let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
      matrix.request.ignoredFields = RouteRequest.unknownFields(in: object)
    }
    return matrix
  }
}
