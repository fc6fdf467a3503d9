import SilkRoute

/// One field of a ``RouteRequest`` beside its names in every front-end: the JSON path (HTTP), the
/// `silkroute route` flag (CLI) and the query parameter it sets (library). Errors name a field by
/// its JSON path; each front-end turns the path into its own word through this table.
public struct RequestField: Hashable, Sendable {
  /// JSON path without array indices: `constraints.avoidModes`.
  public var path: String
  /// The CLI's flag or argument: `--avoid-mode`, `<from>`.
  public var flag: String
  /// The core query parameter the field sets, if any.
  public var parameter: QueryParameter?

  public init(_ path: String, flag: String, _ parameter: QueryParameter?) {
    self.path = path
    self.flag = flag
    self.parameter = parameter
  }

  /// Every field of a request, in the order of the README's table.
  public static let all: [RequestField] = [
    RequestField("from", flag: "<from>", .from),
    RequestField("to", flag: "<to>", .to),
    RequestField("cargo.unit", flag: "--cargo", .cargo),
    RequestField("cargo.count", flag: "--cargo", .cargo),
    RequestField("cargo.cargoClass", flag: "--cargo-class", .cargoClass),
    RequestField("cargo.declaredValueUSD", flag: "--value", .declaredValue),
    RequestField("objective", flag: "--objective", .objective),
    RequestField("pareto", flag: "--pareto", .pareto),
    RequestField("alternatives", flag: "--alternatives", .alternatives),
    RequestField("depart", flag: "--depart", .departure),
    RequestField("arriveBy", flag: "--arrive-by", .arriveBy),
    RequestField("asOf", flag: "--as-of", .asOf),
    RequestField("constraints.avoidCountries", flag: "--avoid-country", .avoidCountries),
    RequestField("constraints.avoidModes", flag: "--avoid-mode", .avoidModes),
    RequestField("constraints.avoidCarriers", flag: "--avoid-carrier", .avoidCarriers),
    RequestField("constraints.avoidCrossings", flag: "--avoid-crossing", .avoidCrossings),
    RequestField("constraints.via", flag: "--via", .via),
    RequestField("constraints.maxLegs", flag: "--max-legs", .maxLegs),
    RequestField("constraints.maxTransfers", flag: "--max-transfers", .maxTransfers),
    RequestField("constraints.budgetUSD", flag: "--budget", .budget),
    RequestField("constraints.maxDurationMinutes", flag: "--deadline", .maxDuration),
    RequestField("constraints.deadline", flag: "--deadline", nil),
    RequestField("constraints.singleBillOfLading", flag: "--single-bl", .singleDocument),
    RequestField("disruptions.close", flag: "--close", .closures),
    RequestField("disruptions.delays", flag: "--delay", .delays),
    RequestField("disruptions.delays.target", flag: "--delay", .delays),
    RequestField("disruptions.delays.delayMinutes", flag: "--delay", .delays),
    RequestField("billOfLadingDraft", flag: "--bl-draft", nil),
  ]

  /// The JSON path of the field that sets `parameter`.
  public static func path(of parameter: QueryParameter) -> String {
    all.first { $0.parameter == parameter }?.path ?? parameter.rawValue
  }

  /// The CLI flag for a JSON path (indices such as `[2]` ignored), or the path itself.
  public static func flag(forPath path: String) -> String {
    let bare = path.replacing(#/\[[0-9]+\]/#, with: "")
    return all.first { $0.path == bare }?.flag ?? path
  }

  /// How the HTTP API names parameters and lists names: JSON paths and its endpoints.
  public static let jsonWording = ErrorWording(
    parameter: { path(of: $0) },
    listing: { kind in
      switch kind {
      case .city: "GET /v1/cities lists them all"
      case .country: "GET /v1/names lists them all (countries)"
      case .carrier: "GET /v1/names lists them all (carriers)"
      case .crossing: "GET /v1/names lists them all (crossings)"
      case .place: "GET /v1/names lists them all (places)"
      }
    })
}

/// A request field that is missing, malformed, out of range, or combined with one it cannot go
/// with. `field` is its JSON path; `otherFields` the fields it conflicts with. The message names
/// no field: each front-end puts its own names in front (``message(naming:)``).
public struct RequestError: Error, Hashable, Sendable, CustomStringConvertible {
  public var field: String
  public var otherFields: [String]
  public var message: String

  public init(field: String, message: String, conflictsWith otherFields: [String] = []) {
    self.field = field
    self.otherFields = otherFields
    self.message = message
  }

  /// The error with fields named by `name` (a JSON path → a flag, or the path itself).
  public func message(naming name: (String) -> String) -> String {
    if otherFields.isEmpty { return "\(name(field)): \(message)" }
    let others = otherFields.map(name).joined(separator: " and ")
    return "\(name(field)) with \(others): \(message)"
  }

  public var description: String { message(naming: { $0 }) }
}

/// A note attached to an answer: something in the request that was accepted but not applied.
public struct RequestWarning: Codable, Hashable, Sendable {
  /// JSON path of the field.
  public var field: String
  public var message: String

  public init(field: String, message: String) {
    self.field = field
    self.message = message
  }
}

extension RouteRequest {
  /// The JSON path of the field `error` is about, if one is to blame (`constraints.via[1]` for
  /// an unknown via city, `constraints.avoidCountries[0]` for an unknown country).
  public static func field(of error: RoutingError, in request: RouteRequest) -> String? {
    func indexed(_ path: String, _ values: [String]?, _ name: String) -> String? {
      values?.firstIndex(of: name).map { "\(path)[\($0)]" }
    }
    switch error {
    case .unknownCity(let name, _), .ambiguousCity(let name, _):
      if request.from == name { return "from" }
      if request.to == name { return "to" }
      return indexed("constraints.via", request.constraints?.via, name)
    case .unknownName(let name, let kind, _):
      let constraints = request.constraints
      switch kind {
      case .city: return nil
      case .country: return indexed("constraints.avoidCountries", constraints?.avoidCountries, name)
      case .carrier: return indexed("constraints.avoidCarriers", constraints?.avoidCarriers, name)
      case .crossing: return indexed("constraints.avoidCrossings", constraints?.avoidCrossings, name)
      case .place:
        if let path = indexed("disruptions.close", request.disruptions?.close, name) { return path }
        return request.disruptions?.delays?.firstIndex { $0.target == name }.map {
          "disruptions.delays[\($0)].target"
        }
      }
    case .noRoute, .searchTooLarge, .budgetExceeded, .cancelled:
      return nil
    case .sameOriginAndDestination, .invalidQuery:
      return error.parameter.map(RequestField.path(of:))
    }
  }
}
