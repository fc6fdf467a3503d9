import Testing

@testable import SilkRoute

/// A Pareto set whose search its label budget stopped gives the part of the front it proved.
@Suite struct ParetoSetIncompleteTests {
  /// On 150 seeded networks, each query under 13 label budgets from 8 to 4,096: a stopped search
  /// that found routes returns them marked incomplete; they are Pareto-optimal (in the exact
  /// set); every exact route below `provedBelow` in the criterion is among them; a search that
  /// found none throws the limit's error; one that finished equals the exact set.
  @Test func aStoppedSearchGivesTheFrontItProved() throws {
    var (partial, thrown) = (0, 0)
    for seed in UInt64(7_000)..<7_150 {
      var data = RandomNetwork.make(seed: seed, maxCities: 8, maxTerminalsPerCity: 4)
      if seed % 2 == 0 { RandomNetwork.addDocuments(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      let planner = RoutePlanner(network: network)
      let (query, _, _, _) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: false, timed: false)
      guard let exact = try? planner.paretoSet(query), exact.routes.count > 2 else { continue }
      let criterion = Criterion.priority(of: query.objective)[0]
      for labels in [8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 512, 1_024, 4_096] {
        let limited = planner.budgeted(SearchBudget(SearchLimits(labels: labels)))
        let context = "seed \(seed) labels \(labels) \(query.from)→\(query.to)"
        let set: ParetoSet
        do {
          set = try limited.paretoSet(query)
        } catch {
          #expect(error == .searchTooLarge(labels: labels), "\(context): \(error)")
          thrown += 1
          continue
        }
        guard let incomplete = set.incomplete else {
          #expect(set.routes == exact.routes, "\(context): finished, but not with the exact set")
          continue
        }
        partial += 1
        #expect(incomplete.reason == .searchTooLarge(labels: labels), "\(context)")
        #expect(incomplete.criterion == criterion, "\(context)")
        let exactTotals = Set(exact.routes.map(\.totals))
        #expect(
          set.routes.allSatisfy { exactTotals.contains($0.totals) },
          "\(context): a route is not Pareto-optimal")
        let proved = exact.routes.filter { value($0.totals, criterion) < incomplete.provedBelow }
        let given = Set(set.routes.map(\.totals))
        #expect(proved.allSatisfy { given.contains($0.totals) }, "\(context): a proved route is missing")
      }
    }
    #expect(partial > 20 && thrown > 20, "partial \(partial), thrown \(thrown)")
  }

  func value(_ totals: RouteTotals, _ criterion: Criterion) -> Int64 {
    switch criterion {
    case .cost: totals.cost.rawValue
    case .time: totals.time.rawValue
    case .co2: totals.co2.rawValue
    case .documents: 0
    }
  }
}
