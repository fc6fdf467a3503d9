import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// A snapshot gives back every array and every record of the network it was written from.
@Suite struct SnapshotRoundTripTests {
  /// Records served from tables decoded whole, and (limit 0) each decoded on its own.
  @Test(arguments: [NetworkRecords.wholeTableLimit, 0])
  func theBundledNetworkRoundTrips(wholeTableLimit: Int) throws {
    let network = try BundledFixture.load().network
    let opened = try SnapshotFixture.roundTrip(network, wholeTableLimit: wholeTableLimit)
    try Self.expectSame(network, opened)
  }

  @Test(arguments: [(60, 1), (400, 7), (1_500, 42)] as [(Int, UInt64)])
  func seededSyntheticNetworksRoundTrip(terminals: Int, seed: UInt64) throws {
    let network = try TransportNetwork(try SnapshotFixture.synthetic(terminals: terminals, seed: seed))
    for limit in [NetworkRecords.wholeTableLimit, 0] {
      let opened = try SnapshotFixture.roundTrip(network, wholeTableLimit: limit)
      try Self.expectSame(network, opened, "synthetic \(terminals) terminals, seed \(seed), limit \(limit)")
    }
  }

  /// Opening reads records on demand: nothing is decoded until asked for.
  @Test func recordsAreReadOnDemand() throws {
    let opened = try SnapshotFixture.roundTrip(try BundledFixture.load().network)
    #expect(opened.records.isOnDemand)
    #expect(opened.records.count(.services) == (try BundledFixture.load().data.services.count))
  }

  static func expectSame(_ a: TransportNetwork, _ b: TransportNetwork, _ label: String = "bundled") throws {
    let comment = Comment(rawValue: label)
    #expect(a.data == b.data, comment)
    for index in 0..<a.records.count(.services) {
      #expect(a.records.service(index) == b.records.service(index))
    }
    for index in 0..<a.cityCount { #expect(a.records.city(index) == b.records.city(index)) }
    for index in 0..<a.terminalCount { #expect(a.records.terminal(index) == b.records.terminal(index)) }
    for index in 0..<a.records.count(.transfers) {
      #expect(a.records.transfer(index) == b.records.transfer(index))
    }
    #expect(a.records.edition == b.records.edition, comment)
    try expectSameArrays(a, b, comment)
    #expect(a.cityIndex.dictionary == b.cityIndex.dictionary, comment)
    #expect(a.terminalIndex.dictionary == b.terminalIndex.dictionary, comment)
    #expect(a.serviceIndex.dictionary == b.serviceIndex.dictionary, comment)
    #expect(a.transferIndex.dictionary == b.transferIndex.dictionary, comment)
    #expect(a.carrierIndex.dictionary == b.carrierIndex.dictionary, comment)
    #expect(a.territoryIndex.dictionary == b.territoryIndex.dictionary, comment)
    #expect(a.borderCrossingIndex.dictionary == b.borderCrossingIndex.dictionary, comment)
    // Each lookup (a binary search over the snapshot's sorted ids) agrees with the dictionary.
    for (id, service) in a.serviceIndex.dictionary { #expect(b.serviceID(id) == service, comment) }
    for (id, terminal) in a.terminalIndex.dictionary { #expect(b.terminalID(id) == terminal, comment) }
    for (id, city) in a.cityIndex.dictionary { #expect(b.cityID(id) == city, comment) }
    for (id, transfer) in a.transferIndex.dictionary { #expect(b.transferID(id) == transfer, comment) }
    for (id, carrier) in a.carrierIndex.dictionary { #expect(b.carrierID(id) == carrier, comment) }
    for unknown in ["", "no-such-id", "~", "\u{0}"] {
      #expect(
        b.serviceID(unknown) == nil && b.cityID(unknown) == nil && b.terminalID(unknown) == nil, comment)
    }
  }

  static func expectSameArrays(_ a: TransportNetwork, _ b: TransportNetwork, _ comment: Comment) throws {
    #expect(a.cityTerritory == b.cityTerritory, comment)
    #expect(a.cityLatitude == b.cityLatitude && a.cityLongitude == b.cityLongitude, comment)
    #expect(
      (0..<a.cityCount).map { Array(a.cityTerminals[$0]) }
        == (0..<b.cityCount).map { Array(b.cityTerminals[$0]) })
    #expect(a.terminalCity == b.terminalCity && a.terminalMode == b.terminalMode, comment)
    #expect(a.firstOut == b.firstOut && a.arcTail == b.arcTail && a.arcHead == b.arcHead, comment)
    #expect(
      a.arcService == b.arcService && a.arcTransfer == b.arcTransfer && a.arcCrossing == b.arcCrossing,
      comment)
    #expect(a.arcTimetable == b.arcTimetable, comment)
    #expect(a.arcValidFrom == b.arcValidFrom && a.arcValidUntil == b.arcValidUntil, comment)
    #expect(a.firstIn == b.firstIn && a.inArc == b.inArc, comment)
    #expect(a.crossings == b.crossings, comment)
    #expect(a.timetables.map(\.timetable) == b.timetables.map(\.timetable), comment)
    #expect(a.asOfDay == b.asOfDay && a.contextCount == b.contextCount, comment)
    #expect(a.serviceContext == b.serviceContext && a.operatorServiceBits == b.operatorServiceBits, comment)
    #expect(a.serviceWords == b.serviceWords && a.serviceMode == b.serviceMode, comment)
    #expect(a.serviceCargoClasses == b.serviceCargoClasses, comment)
    #expect(
      Array(a.serviceTariff) == Array(b.serviceTariff) && Array(a.transferTariff) == Array(b.transferTariff))
    #expect(a.serviceTransit == b.serviceTransit && a.serviceDistance == b.serviceDistance, comment)
    #expect(a.serviceIntensity == b.serviceIntensity && a.serviceDocument == b.serviceDocument, comment)
    #expect(a.serviceNewDocumentCost == b.serviceNewDocumentCost, comment)
    #expect(a.serviceNewDocumentTime == b.serviceNewDocumentTime, comment)
    #expect(a.transferTime == b.transferTime, comment)
    let (x, y) = (a.nextDocumentCharges, b.nextDocumentCharges)
    #expect(x.first == y.first && x.context == y.context && x.cost == y.cost, comment)
    #expect(x.time == y.time && x.railLeaves == y.railLeaves, comment)
    #expect(
      a.newDocument.mapValues { [$0.cost.rawValue, $0.time.rawValue] }
        == b.newDocument.mapValues {
          [$0.cost.rawValue, $0.time.rawValue]
        })
  }
}
