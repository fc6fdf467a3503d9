import Foundation
import Testing

@testable import SilkRoute

/// Every figure of a route's totals appears in its steps (`StepTotals`), on every answer the
/// planner gives: best routes, Pareto fronts, alternatives and latest departures, static and
/// timetabled, with and without constraints, documents and operators' through B/Ls.
@Suite struct ItineraryTotalsTests {
  /// Every itinerary of `answers` adds up; returns how many were checked and how many carried a fee.
  static func check(_ answers: [Itinerary], _ context: String) -> (checked: Int, fees: Int) {
    var fees = 0
    for (index, itinerary) in answers.enumerated() {
      let mismatches = StepTotals.mismatches(itinerary)
      #expect(mismatches.isEmpty, "\(context), itinerary \(index): \(mismatches.joined(separator: "; "))")
      if itinerary.steps.contains(where: { if case .fee = $0 { true } else { false } }) { fees += 1 }
    }
    return (answers.count, fees)
  }

  /// 2,400 seeded random networks (300 each static/timed × unconstrained/constrained ×
  /// without/with documents and operators): the best route, the Pareto front over a criteria set
  /// taken in turn, and up to four alternatives.
  @Test(arguments: [false, true], [(false, false), (false, true), (true, false), (true, true)])
  func stepsAddUpOnRandomNetworks(documents: Bool, variant: (timed: Bool, constrained: Bool)) throws {
    var checked = 0
    var fees = 0
    for seed in UInt64(0)..<300 {
      var data = RandomNetwork.make(seed: seed, maxCities: 4, maxTerminalsPerCity: 3)
      if variant.timed { RandomNetwork.addTimetables(to: &data, seed: seed) }
      if documents { RandomNetwork.addDocuments(to: &data, seed: seed) }
      let network = try #require(try? TransportNetwork(data), "seed \(seed): invalid network")
      let planner = RoutePlanner(network: network)
      let (query, _, _, _) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: variant.constrained, timed: variant.timed)
      let criteria = LabelSearchTests.criteriaSets[Int(seed % (documents ? 6 : 4))]
      let context = "seed \(seed) documents \(documents) \(variant) criteria \(criteria) query \(query)"
      var answers: [Itinerary] = []
      if let best = try? planner.route(query) { answers.append(best) }
      if let front = try? planner.paretoFront(query, criteria: criteria) { answers += front }
      if let alternatives = try? planner.alternatives(query, count: 4) {
        answers += alternatives.map(\.itinerary)
      }
      if documents {
        // One document only: through B/Ls (and single carriers) wherever an operator can issue one.
        var single = query
        single.constraints.singleDocument = true
        if let best = try? planner.route(single) { answers.append(best) }
        if let front = try? planner.paretoFront(single, criteria: criteria) { answers += front }
      }
      let result = Self.check(answers, context)
      checked += result.checked
      fees += result.fees
    }
    #expect(checked > 200)
    if documents { #expect(fees > 2, "too few through B/Ls to check their fee") }
  }

  /// 2,000 networks where documents decide (`RandomNetwork.documentsDecide`): operators on odd
  /// seeds, so many routes travel under a through B/L; best routes under every objective and
  /// Pareto fronts with the number of documents as a criterion, and with one document only.
  @Test func stepsAddUpWhereDocumentsDecide() throws {
    var checked = 0
    var fees = 0
    for seed in UInt64(0)..<2_000 {
      let data = RandomNetwork.documentsDecide(seed: seed)
      guard let network = try? TransportNetwork(data) else { continue }
      let planner = RoutePlanner(network: network)
      var (query, _, _, _) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: seed % 3 == 0, timed: false)
      query.cargo = .containers(1, .feu)
      var answers: [Itinerary] = []
      for objective in Objective.allCases {
        query.objective = objective
        if let best = try? planner.route(query) { answers.append(best) }
      }
      if let front = try? planner.paretoFront(query, criteria: [.cost, .time, .documents]) {
        answers += front
      }
      query.constraints.singleDocument = true
      if let front = try? planner.paretoFront(query, criteria: [.cost, .time, .co2]) { answers += front }
      let result = Self.check(answers, "seed \(seed) query \(query)")
      checked += result.checked
      fees += result.fees
    }
    #expect(checked > 1_500)
    #expect(fees > 60, "too few through B/Ls to check their fee")
  }

  /// The fee is a step of its own: first, at the place of receipt, named and priced as the
  /// operator's record says; JSON round-trips it as `"step": "fee"`.
  @Test func theThroughBLFeeIsTheFirstStep() throws {
    for seed in UInt64(1)..<400 where seed % 2 == 1 {
      let network = try #require(try? TransportNetwork(RandomNetwork.documentsDecide(seed: seed)))
      var (query, _, _, _) = LabelSearchTests.randomQuery(
        network, seed: seed, constrained: false, timed: false)
      query.cargo = .containers(1, .feu)
      query.constraints.singleDocument = true
      guard let itinerary = try? RoutePlanner(network: network).route(query),
        itinerary.documentPlan?.kind == .throughBillOfLading, case .fee(let fee) = itinerary.steps.first
      else { continue }
      let record = try #require(network.data.operators.first { $0.id == fee.operatorID }, "seed \(seed)")
      #expect(fee.operatorName == record.name && fee.costCents == record.fee, "seed \(seed)")
      #expect(fee.at == itinerary.origin && fee.timeMinutes == .zero, "seed \(seed)")
      #expect(itinerary.documentPlan?.issuer == record.name, "seed \(seed)")
      let json = try JSONEncoder().encode(itinerary.steps[0])
      #expect(String(decoding: json, as: UTF8.self).contains(#""step":"fee""#), "seed \(seed)")
      #expect(try JSONDecoder().decode(ItineraryStep.self, from: json) == itinerary.steps[0], "seed \(seed)")
      return
    }
    Issue.record("no through B/L among the seeds")
  }
}
