import Foundation
import Synchronization
import Testing

@testable import SilkRoute

/// The planner's cache of per-arc weights: unconstrained queries of one `ArcWeightsKey` share their
/// arcs and kernel graphs; constrained ones weigh their own; the cache stays within its capacity;
/// and answers from shared arcs equal brute force.
@Suite struct ArcWeightsCacheTests {
  @Test func unconstrainedQueriesShareTheirArcs() throws {
    let planner = RoutePlanner(network: LineNetwork.compiled)
    let first = try planner.prepare(RouteQuery(from: "Alpha", to: "Charlie"))
    let second = try planner.prepare(RouteQuery(from: "Alpha", to: "Charlie", objective: .fastest))
    #expect(first.kernelGraphs === second.kernelGraphs)
    let entries = planner.arcWeights.count
    #expect(entries >= 1)
    let heavier = try planner.prepare(RouteQuery(from: "Alpha", to: "Charlie", cargo: .containers(2, .feu)))
    #expect(heavier.kernelGraphs !== first.kernelGraphs)
    var avoiding = RouteQuery(from: "Alpha", to: "Charlie")
    avoiding.disruptions.closures = ["Bravo"]
    let closed = try planner.prepare(avoiding)
    #expect(closed.kernelGraphs !== first.kernelGraphs)
    #expect(planner.arcWeights.count == 2 * entries, "the heavier cargo's, not the closure's")
    // A budgeted copy of the planner shares the cache.
    let budgeted = planner.budgeted(SearchBudget(SearchLimits()))
    #expect(
      try budgeted.prepare(RouteQuery(from: "Alpha", to: "Charlie")).kernelGraphs === first.kernelGraphs)
  }

  @Test func theCacheKeepsAtMostItsCapacity() throws {
    let network = LineNetwork.compiled
    let cache = ArcWeightsCache(network: network, capacity: 2)
    let weights = try ArcWeightsTests.weights(RouteQuery(from: "Alpha", to: "Charlie"))
    var made = 0
    func arcs(_ count: Int64) -> PreparedArcs {
      let key = ArcWeightsKey(
        cargo: .containers(count, .feu), modes: Set(Mode.allCases), day: nil, destinationTerritory: nil)
      return cache.arcs(for: key) {
        made += 1
        return PreparedArcs(weights, network: network)
      }
    }
    let one = arcs(1)
    _ = arcs(2)
    #expect(arcs(1) === one && made == 2)
    _ = arcs(3)  // evicts 2, the least recently used
    #expect(cache.count == 2 && arcs(1) === one && made == 3)
    _ = arcs(2)
    #expect(made == 4 && cache.count == 2)
  }

  /// On 500 seeded random networks (document regimes on every other one, so some crossings clear
  /// in transit), a planner's prepared queries (each prepared twice, the second from the cache)
  /// carry the same arcs as a query weighed on its own, their kernel search equals brute force over
  /// those weights, and the planner's best path (the label search on the shared lower bounds where
  /// documents are modelled) equals the one found on the query's own arcs.
  @Test func sharedArcsAnswerAsWeighedAlone() throws {
    var routes = 0
    var derived = 0
    for seed in UInt64(0)..<500 {
      var data = RandomNetwork.make(seed: seed)
      if seed % 2 == 1 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed)")
      let planner = RoutePlanner(network: network)
      var rng = SplitMix64(seed: seed ^ 0xCAC4E)
      let cargo = RandomNetwork.cargo(using: &rng)
      var search = ShortestPathSearch(network: network)
      for objective in Objective.allCases {
        let origin = Int.random(in: 0..<network.cityCount, using: &rng)
        let destination = (origin + 1) % network.cityCount
        let query = RouteQuery(
          from: network.city(CityID(origin)).id, to: network.city(CityID(destination)).id, cargo: cargo,
          objective: objective)
        let alone = try QueryGraph(query: query, network: network, resolver: planner.resolver)
        if alone.inTransit.contains(true) { derived += 1 }
        func totals(_ graph: QueryGraph) throws -> RouteTotals? {
          try planner.bestPath(graph, using: &search).map {
            ItineraryBuilder(graph: graph).itinerary($0).routeTotals
          }
        }
        let reference = try totals(alone)
        for _ in 0..<2 {
          let graph = try planner.prepare(query)
          #expect(graph.usable == alone.usable && graph.weight == alone.weight, "seed \(seed): arcs")
          #expect(graph.inTransit == alone.inTransit && graph.delay == alone.delay, "seed \(seed): clearance")
          let expected = BruteForce.best(
            in: network, from: graph.sources, to: graph.targets, objective: objective,
            weight: { graph.usable[$0] ? graph.weight[$0] : nil })
          let found = try search.shortestPath(in: graph, objective: objective)
          #expect(found?.totals == expected, "seed \(seed) \(objective)")
          #expect(try totals(graph) == reference, "seed \(seed) \(objective): the planner's route")
          if found != nil { routes += 1 }
        }
      }
    }
    #expect(routes > 1_000)
    #expect(derived > 50)
  }

  /// One planner shared by 8 threads at once (a cache of 2 entries, so entries are made, evicted
  /// and remade under contention; kernel query objects taken from and returned to their pools):
  /// every answer equals the one a lone planner gives, on 40 seeded random networks.
  @Test func aSharedPlannerAnswersAlikeOnEveryThread() throws {
    for seed in UInt64(0)..<40 {
      var data = RandomNetwork.make(seed: seed)
      if seed % 2 == 1 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed)")
      let queries = (0..<24).map { index in
        RouteQuery(
          from: network.city(CityID(index % network.cityCount)).id,
          to: network.city(CityID((index + 1) % network.cityCount)).id,
          cargo: .containers(Int64(1 + index % 3), .feu), objective: Objective.allCases[index % 3])
      }
      @Sendable func answer(_ planner: RoutePlanner, _ query: RouteQuery) -> RouteTotals? {
        (try? planner.route(query))?.routeTotals
      }
      let alone = queries.map { answer(RoutePlanner(network: network), $0) }
      var shared = RoutePlanner(network: network)
      shared.arcWeights = ArcWeightsCache(network: network, capacity: 2)
      let answers = Mutex([RouteTotals?](repeating: nil, count: queries.count * 4))
      let planner = shared
      DispatchQueue.concurrentPerform(iterations: 8) { worker in
        for round in 0..<(queries.count * 4 / 8) {
          let slot = round * 8 + worker
          let totals = answer(planner, queries[slot % queries.count])
          answers.withLock { $0[slot] = totals }
        }
      }
      let found = answers.withLock { $0 }
      for slot in found.indices {
        #expect(found[slot] == alone[slot % queries.count], "seed \(seed): query \(slot % queries.count)")
      }
    }
  }
}
