@testable import SilkRoute

/// One seeded random Pareto case: a small network (with timetables, document regimes as asked),
/// a random query on it, every route's criteria by brute force, and the criteria of the front.
struct RandomParetoCase {
  let network: TransportNetwork
  let planner: RoutePlanner
  let query: RouteQuery
  let via: [Int]
  /// Every route's vector within the query's bounds (`BruteForcePareto.allVectors`).
  let vectors: [CriteriaVector]
  let criteria: [Criterion]

  init(seed: UInt64, documents: Bool, timed: Bool, constrained: Bool) throws {
    var data = RandomNetwork.make(seed: seed, maxCities: 4, maxTerminalsPerCity: 3)
    if timed { RandomNetwork.addTimetables(to: &data, seed: seed) }
    if documents { RandomNetwork.addDocuments(to: &data, seed: seed) }
    network = try TransportNetwork(data)
    planner = RoutePlanner(network: network)
    let (query, origin, destination, via) = LabelSearchTests.randomQuery(
      network, seed: seed, constrained: constrained, timed: timed)
    self.query = query
    self.via = via
    vectors =
      BruteForcePareto(network: network, query: query, origin: origin, destination: destination, via: via)
      .allVectors()
    criteria = LabelSearchTests.criteriaSets[Int(seed % (documents ? 6 : 4))]
  }

  /// The exact front, projected on `criteria`.
  var front: [[Int64]] { BruteForcePareto.front(vectors, criteria) }
}
