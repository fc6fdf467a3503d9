import Testing

@testable import SilkRoute

/// `ScalarGraph.reweighted` makes the graph a build with the new weights makes: same stored arcs,
/// same arc numbers, same distance bound, in both directions, on seeded random networks with
/// parallel arcs and random weight changes (up and down, some arcs unusable).
@Suite struct ScalarGraphReweightingTests {
  @Test func reweightingEqualsBuilding() throws {
    var checked = 0
    for seed in UInt64(0)..<150 {
      let network = try TransportNetwork(RandomNetwork.make(seed: seed, maxCities: 6, maxTerminalsPerCity: 3))
      guard network.arcCount > 0 else { continue }
      var random = SplitMix64(seed: seed)
      let usable = (0..<network.arcCount).map { _ in random.next() % 8 != 0 }
      let before = (0..<network.arcCount).map { _ in Int64(random.next() % 5) }
      var after = before
      let changed = (0..<network.arcCount).filter { usable[$0] && random.next() % 3 == 0 }
      for arc in changed { after[arc] = Int64(random.next() % 5) }
      for direction in [ScalarGraph.Direction.forward, .reverse] {
        let old = try #require(
          ScalarGraph(network: network, direction: direction) { usable[$0] ? before[$0] : nil })
        let fresh = try #require(
          ScalarGraph(network: network, direction: direction) { usable[$0] ? after[$0] : nil })
        let reweighted = try #require(
          old.reweighted(changed, network: network, direction: direction) { usable[$0] ? after[$0] : nil })
        #expect(reweighted.arcs == fresh.arcs && reweighted.originalArc == fresh.originalArc, "seed \(seed)")
        #expect(reweighted.firstOut == fresh.firstOut && reweighted.tails == fresh.tails, "seed \(seed)")
        #expect(reweighted.distanceBound == fresh.distanceBound, "seed \(seed)")
        #expect(reweighted.isWellFormed(inputArcLimit: network.arcCount), "seed \(seed)")
      }
      checked += 1
    }
    #expect(checked > 100)
  }

  @Test func aWeightThatDoesNotFitGivesNoGraph() throws {
    let network = try TransportNetwork(RandomNetwork.make(seed: 3))
    let graph = try #require(ScalarGraph(network: network) { _ in 1 })
    #expect(
      graph.reweighted([0], network: network, direction: .forward) { $0 == 0 ? Int64(UInt32.max) + 1 : 1 }
        == nil)
  }
}
