import Foundation
import SilkRoute

/// One row of a batch as a line of JSON Lines: where it stands (`index` from 0, the input `line`),
/// its `id`, its cities, `status` (`ok` or `error`), the totals and summary of its route (the best
/// one of a front or of alternatives) and the full `RouteResponse` — the very bytes
/// `POST /v1/routes` answers its request with — or its error in the front-end's words (`Failure`:
/// the HTTP API's problem details, the CLI's message and exit status). Keys sorted, one line,
/// ending in a newline.
public struct BatchLine<Failure: Encodable & Sendable>: Encodable, Sendable {
  public var index: Int
  public var line: Int?
  public var id: String?
  public var from: String?
  public var to: String?
  public var status: String
  public var costCents: Int64?
  public var timeMinutes: Int64?
  public var co2Grams: Int64?
  /// `Jiaozhou –rail→ Khorgos –road→ Almaty`.
  public var route: String?
  public var response: RouteResponse?
  public var error: Failure?

  /// The line of `result`, its error phrased by `failure`.
  public init(_ result: BatchResult, failure: (BatchFailure) -> Failure) {
    index = result.index
    line = result.line
    id = result.id
    from = result.request?.from
    to = result.request?.to
    switch result.result {
    case .success(let response):
      status = "ok"
      self.response = response
    case .failure(let batchFailure):
      status = "error"
      error = failure(batchFailure)
    }
    if let route = result.route {
      costCents = route.totals.costCents.rawValue
      timeMinutes = route.totals.timeMinutes.rawValue
      co2Grams = route.totals.co2Grams.rawValue
      self.route = Self.summary(route)
    }
  }

  /// The cities a route passes through with the mode of each leg between them.
  public static func summary(_ route: Itinerary) -> String {
    var text = route.origin.name
    var city = route.origin.id
    for leg in route.legs {
      if leg.from.city.id != city { text += " … " + leg.from.city.name }
      text += " –\(leg.mode.rawValue)→ " + leg.to.city.name
      city = leg.to.city.id
    }
    return text
  }

  /// The line's bytes, newline included.
  public func encoded() throws -> Data {
    var data = try APIJSON.encode(self)
    data.append(UInt8(ascii: "\n"))
    return data
  }
}
