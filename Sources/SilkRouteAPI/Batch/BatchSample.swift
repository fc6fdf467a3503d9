import Foundation
import SilkRoute

/// Seeded sample shipments over a network — the booking desk's day in miniature, for tests,
/// benchmarks and demos: random pairs of distinct cities, each under a random objective, cargo
/// and sometimes an avoided mode or a transfer limit. The same seed gives the same shipments.
public struct BatchSample: Sendable {
  /// The shipments, each with its id (`S1`, `S2`, …).
  public var shipments: [(id: String, request: RouteRequest)]

  public init(network: TransportNetwork, count: Int, seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let cities = (0..<network.cityCount).map { network.city(CityID($0)).id }
    shipments = []
    guard cities.count > 1 else { return }
    for number in 1...max(1, count) {
      let from = cities[Int(random.next() % UInt64(cities.count))]
      var to = from
      while to == from { to = cities[Int(random.next() % UInt64(cities.count))] }
      let unit = ["TEU", "FEU", "kg"][Int(random.next() % 3)]
      let cargo = RouteRequest.CargoSpec(
        unit: unit, count: unit == "kg" ? Int64(random.next() % 20_000 + 100) : Int64(random.next() % 4 + 1))
      var constraints: RouteRequest.ConstraintSpec?
      switch random.next() % 6 {
      case 0: constraints = RouteRequest.ConstraintSpec(avoidModes: ["air"])
      case 1: constraints = RouteRequest.ConstraintSpec(maxTransfers: Int(random.next() % 3 + 1))
      default: break
      }
      let objective = ["cheapest", "fastest", "greenest"][Int(random.next() % 3)]
      shipments.append(
        (
          "S\(number)",
          RouteRequest(from: from, to: to, cargo: cargo, objective: objective, constraints: constraints)
        ))
    }
  }

  /// The shipments as JSON Lines: each line a request with its `id`.
  public var jsonLines: String {
    shipments.map { id, request in
      var object: [String: Any] = ["id": id, "from": request.from, "to": request.to]
      if let cargo = request.cargo { object["cargo"] = ["unit": cargo.unit, "count": cargo.count] }
      if let objective = request.objective { object["objective"] = objective }
      var constraints: [String: Any] = [:]
      if let modes = request.constraints?.avoidModes { constraints["avoidModes"] = modes }
      if let transfers = request.constraints?.maxTransfers { constraints["maxTransfers"] = transfers }
      if !constraints.isEmpty { object["constraints"] = constraints }
      let data = (try? JSONSerialization.data(withJSONObject: object, options: .sortedKeys)) ?? Data()
      return String(decoding: data, as: UTF8.self) + "\n"
    }.joined()
  }

  /// The shipments as CSV, with the header `id,from,to,cargo.unit,cargo.count,objective,
  /// constraints.avoidModes,constraints.maxTransfers`.
  public var csv: String {
    "id,from,to,cargo.unit,cargo.count,objective,constraints.avoidModes,constraints.maxTransfers\n"
      + shipments.map { id, request in
        MatrixCSV.line([
          id, request.from, request.to, request.cargo?.unit ?? "", request.cargo.map { "\($0.count)" } ?? "",
          request.objective ?? "", request.constraints?.avoidModes?.joined(separator: ";") ?? "",
          request.constraints?.maxTransfers.map(String.init) ?? "",
        ])
      }.joined()
  }
}
