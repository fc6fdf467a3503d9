import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// How a snapshot's records are read: one at a time until reading a table whole costs less
/// (`NetworkRecords.wholeTableLimit`), and the same records either way.
@Suite struct SnapshotRecordReadTests {
  @Test func aTableIsDecodedWholeOnceEnoughOfItsRecordsAreRead() throws {
    let data = try SnapshotFixture.synthetic(terminals: 400, seed: 3)
    let network = try SnapshotFixture.roundTrip(TransportNetwork(data))
    let records = network.records
    let count = records.count(.cities)
    let threshold = count / NetworkRecords.wholeTableReadShare
    #expect(threshold >= 2, "the test needs a table of more than two reads' threshold: \(count) cities")
    for index in 0..<threshold {
      #expect(records.city(index) == data.cities[index])
      #expect(!records.isDecodedWhole(.cities), "decoded whole after \(index + 1) of \(count) records")
    }
    #expect(records.city(count - 1) == data.cities[count - 1])
    #expect(records.isDecodedWhole(.cities))
    #expect((0..<count).map(records.city) == data.cities)
    // Another table is untouched by the first's reads.
    #expect(!records.isDecodedWhole(.terminals))
  }

  @Test func aSmallTableIsDecodedWholeOnItsFirstRead() throws {
    let data = try SnapshotFixture.synthetic(terminals: 20, seed: 5)
    let network = try SnapshotFixture.roundTrip(TransportNetwork(data))
    let count = network.records.count(.customsTerritories)
    #expect(count > 0 && count < NetworkRecords.wholeTableReadShare)
    #expect(!network.records.isDecodedWhole(.customsTerritories))
    #expect(network.records.territory(0) == data.customsTerritories[0])
    #expect(network.records.isDecodedWhole(.customsTerritories))
  }

  @Test func tablesAboveTheLimitAreNeverDecodedWholeByRecordReads() throws {
    let data = try SnapshotFixture.synthetic(terminals: 60, seed: 7)
    let network = try SnapshotFixture.roundTrip(TransportNetwork(data), wholeTableLimit: 0)
    let count = network.records.count(.services)
    #expect((0..<count).map(network.records.service) == data.services)
    #expect(!network.records.isDecodedWhole(.services))
  }
}
