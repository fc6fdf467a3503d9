import Foundation
import SilkRoute
import Testing

@testable import SilkRouteAPI

/// The table of request fields: JSON path ⇄ CLI flag ⇄ query parameter.
@Suite struct RequestFieldTests {
  /// The field table covers every key the request encodes, and each path is a real key.
  @Test func theFieldTableMatchesTheCodableKeys() throws {
    var full = RouteRequest(
      from: "A", to: "B",
      cargo: .init(unit: "FEU", count: 1, cargoClass: "general", declaredValueUSD: "1"), objective: "fastest",
      pareto: ["cost", "time"], paretoEpsilon: 0.05, alternatives: 1, depart: "2026-12-01",
      arriveBy: "2026-12-02",
      asOf: "2024-01-01",
      constraints: .init(
        avoidCountries: ["X"], avoidModes: ["air"], avoidCarriers: ["X"], avoidCrossings: ["X"], via: ["X"],
        maxLegs: 1, maxTransfers: 1, budgetUSD: "1", maxDurationMinutes: 1, deadline: "2026-12-02",
        singleBillOfLading: true),
      disruptions: .init(close: ["X"], delays: [.init(target: "X", delayMinutes: 1)]), billOfLadingDraft: true
    )
    full.departWindow = .init(from: "2026-12-01", to: "2026-12-02", everyMinutes: 60)
    full.currency = "EUR"
    full.containerOffer = false
    full.cargo?.items = [.init(unit: "TEU", count: 1)]
    let object = try #require(
      try JSONSerialization.jsonObject(with: try JSONEncoder().encode(full)) as? [String: Any])
    func paths(_ value: Any, _ prefix: String) -> [String] {
      if let object = value as? [String: Any] {
        return object.flatMap { key, value in
          let path = prefix.isEmpty ? key : "\(prefix).\(key)"
          let inner = paths(value, path)
          return value is [String: Any] ? inner : [path] + inner
        }
      }
      if let array = value as? [Any], let first = array.first, first is [String: Any] {
        return paths(first, prefix)
      }
      return []
    }
    #expect(Set(paths(object, "")) == Set(RequestField.all.map(\.path)).subtracting(RequestField.objectPaths))
    // Every core parameter a request can set has a field.
    let settable = Set(QueryParameter.allCases)
    #expect(settable.subtracting(RequestField.all.compactMap(\.parameter)).isEmpty)
  }

  /// A JSON path names its CLI flag, array indices ignored; an unknown path stays itself.
  @Test func flagForPath() {
    #expect(RequestField.flag(forPath: "from") == "<from>")
    #expect(RequestField.flag(forPath: "constraints.avoidModes") == "--avoid-mode")
    #expect(RequestField.flag(forPath: "constraints.avoidModes[3]") == "--avoid-mode")
    #expect(RequestField.flag(forPath: "disruptions.delays[0].delayMinutes") == "--delay")
    #expect(RequestField.flag(forPath: "constraints.maxDurationMinutes") == "--deadline")
    #expect(RequestField.flag(forPath: "incoterm") == "incoterm")
  }

  /// A query parameter names the first field that sets it; one set by no field keeps its name.
  @Test func pathOfAParameter() {
    #expect(RequestField.path(of: .budget) == "constraints.budgetUSD")
    #expect(RequestField.path(of: .departure) == "depart")
    #expect(RequestField.path(of: .cargo) == "cargo.unit")
    #expect(RequestField.path(of: .delays) == "disruptions.delays")
    for parameter in QueryParameter.allCases {
      let path = RequestField.path(of: parameter)
      #expect(RequestField.all.contains { $0.path == path && $0.parameter == parameter }, "\(parameter)")
    }
  }

  /// The HTTP API's wording: parameters as JSON paths, names listed by its endpoints.
  @Test func jsonWordingUsesPathsAndEndpoints() {
    #expect(RequestField.jsonWording.parameter(.maxLegs) == "constraints.maxLegs")
    #expect(RequestField.jsonWording.listing(.city) == "GET /v1/cities lists them all")
    #expect(RequestField.jsonWording.listing(.crossing) == "GET /v1/names lists them all (crossings)")
    for kind in NameKind.allCases {
      #expect(RequestField.jsonWording.listing(kind)?.hasPrefix("GET /v1/") == true, "\(kind)")
    }
  }
}
