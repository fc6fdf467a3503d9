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
    RequestField("cargo.items", flag: "--cargo", .cargo),
    RequestField("cargo.items.unit", flag: "--cargo", .cargo),
    RequestField("cargo.items.count", flag: "--cargo", .cargo),
    RequestField("cargo.cargoClass", flag: "--cargo-class", .cargoClass),
    RequestField("cargo.declaredValueUSD", flag: "--value", .declaredValue),
    RequestField("objective", flag: "--objective", .objective),
    RequestField("pareto", flag: "--pareto", .pareto),
    RequestField("paretoEpsilon", flag: "--pareto-epsilon", nil),
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
    RequestField("departWindow", flag: "--depart-window", nil),
    RequestField("departWindow.from", flag: "--depart-window", nil),
    RequestField("departWindow.to", flag: "--depart-window", nil),
    RequestField("departWindow.everyMinutes", flag: "--every", nil),
    RequestField("currency", flag: "--currency", .currency),
    RequestField("containerOffer", flag: "--no-container-offer", nil),
  ]

  /// Paths in ``all`` that are objects, listed beside their keys because errors about the
  /// object as a whole name it (`departWindow`: a window that is too long, a conflict).
  public static let objectPaths: Set<String> = ["departWindow"]

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
