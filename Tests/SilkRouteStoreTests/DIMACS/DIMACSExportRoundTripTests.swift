import SilkRoute
import Testing

@testable import SilkRouteStore

/// Several weights exported, imported back as one network and exported again give the very same
/// files: same arcs, same order, same weights, same header.
@Suite struct DIMACSExportRoundTripTests {
  static let criteria: [[DIMACSExport.Weight]] = [[.cost, .time], [.time, .co2], [.co2, .cost, .time]]

  /// The files of `weights` for `network`, imported as one network.
  static func reimport(_ network: TransportNetwork, _ weights: [DIMACSExport.Weight]) throws
    -> TransportNetwork
  {
    let graphs = try weights.map {
      DIMACSImport.WeightedGraph(
        try DIMACSGraph(parsing: DIMACSExport.graph(network, weight: $0), file: "n-\($0.rawValue).gr"),
        weight: $0)
    }
    return try TransportNetwork(try DIMACSImport.network(from: graphs))
  }

  /// The first line where `again`'s files differ from `first`'s, or `nil` when they are the same.
  static func difference(
    _ again: TransportNetwork, _ first: [String], _ weights: [DIMACSExport.Weight]
  ) -> String? {
    for (weight, expected) in zip(weights, first) {
      let lines = DIMACSExport.graph(again, weight: weight).split(
        separator: "\n", omittingEmptySubsequences: false)
      let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
      for index in 0..<max(lines.count, wanted.count) {
        let line = index < lines.count ? String(lines[index]) : "(none)"
        let want = index < wanted.count ? String(wanted[index]) : "(none)"
        if line != want { return "\(weight) line \(index + 1): '\(line)', first export '\(want)'" }
      }
    }
    return nil
  }

  @Test(arguments: criteria)
  func bundledNetworkExportsImportsAndExportsTheSameFiles(weights: [DIMACSExport.Weight]) throws {
    let network = try TransportNetwork(try DataFolder.load(try BundledNetwork.dataFolder()))
    let first = weights.map { DIMACSExport.graph(network, weight: $0) }
    let again = try Self.reimport(network, weights)
    #expect(Self.difference(again, first, weights) == nil)
    #expect(Self.difference(try Self.reimport(again, weights), first, weights) == nil)
    // The files share their arcs, line for line.
    let arcs = first.map {
      $0.split(separator: "\n").filter { $0.hasPrefix("a ") }.map { $0.split(separator: " ").prefix(3) }
    }
    #expect(arcs.allSatisfy { $0 == arcs[0] } && arcs[0].count > 200)
  }

  @Test func randomGraphsExportImportExportTheSameFiles() {
    for seed in UInt64(0)..<40 {
      let criteria = Self.criteria[Int(seed) % Self.criteria.count]
      let instance = RandomDIMACS(seed: seed, criteria: criteria)
      do {
        let network = try TransportNetwork(try DIMACSImport.network(from: try instance.graphs(criteria)))
        let first = criteria.map { DIMACSExport.graph(network, weight: $0) }
        let again = try Self.reimport(network, criteria)
        #expect(Self.difference(again, first, criteria) == nil, "seed \(seed)")
      } catch {
        Issue.record("seed \(seed), \(criteria): \(error)")
      }
    }
  }
}
