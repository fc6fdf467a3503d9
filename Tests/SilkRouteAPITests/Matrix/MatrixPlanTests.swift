import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// A plan's cells are every origin–destination pair but a city's own, origin by origin, each
/// city once: checked against the pairs listed by hand on seeded random selections.
@Suite struct MatrixPlanTests {
  @Test func cellsAreEveryPairButACitysOwnInOrder() throws {
    let service = try BundledService.shared.get()
    let count = service.network.cityCount
    let seed: UInt64 = 19
    var rng = SplitMix64(seed: seed)
    for round in 0..<200 {
      let origins = (0..<Int.random(in: 1...6, using: &rng)).map { _ in Int.random(in: 0..<count, using: &rng)
      }
      let destinations = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
        Int.random(in: 0..<count, using: &rng)
      }
      let names = { (indices: [Int]) in indices.map { service.network.city(CityID($0)).name } }
      let plan = try service.plan(
        RouteMatrix(
          origins: .cities(names(origins)), destinations: .cities(names(destinations)),
          request: RouteRequest(from: "", to: "")))
      var expected: [MatrixPair] = []
      for origin in Self.unique(origins) {
        for destination in Self.unique(destinations) where destination != origin {
          expected.append(MatrixPair(origin: CityID(origin), destination: CityID(destination)))
        }
      }
      let context = "seed \(seed), round \(round): \(origins) × \(destinations)"
      #expect(plan.cellCount == expected.count, "\(context)")
      #expect((0..<plan.cellCount).map(plan.pair(at:)) == expected, "\(context)")
    }
  }

  static func unique(_ values: [Int]) -> [Int] {
    var seen = Set<Int>()
    return values.filter { seen.insert($0).inserted }
  }

  @Test func allIsEveryCityAndTheCellsRequestNamesItsCities() throws {
    let service = try BundledService.shared.get()
    let count = service.network.cityCount
    let plan = try service.plan(
      RouteMatrix(
        origins: .all, destinations: .all, request: RouteRequest(from: "", to: "", objective: "fastest")))
    #expect(plan.cellCount == count * (count - 1))
    let pair = plan.pair(at: 0)
    let request = plan.request(for: pair)
    #expect(request.objective == "fastest")
    #expect(request.from == service.network.city(pair.origin).id)
    #expect(request.to == service.network.city(pair.destination).id)
  }
}
