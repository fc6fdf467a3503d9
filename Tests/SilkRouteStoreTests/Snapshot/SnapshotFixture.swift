import Foundation
import SilkRoute
import SilkRouteSynthetic

@testable import SilkRouteStore

/// Networks written to and read back from snapshots in a temporary folder.
enum SnapshotFixture {
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("silkroute-snapshot-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// `network` written as a snapshot and opened again.
  ///
  /// - Parameter wholeTableLimit: 0 reads every record on its own (the path of tables too large to
  ///   decode whole); the default, whole tables.
  static func roundTrip(
    _ network: TransportNetwork, version: String = "test",
    wholeTableLimit: Int = NetworkRecords.wholeTableLimit
  ) throws -> TransportNetwork {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("network.silkroute").path
    try NetworkSnapshot.write(network, dataVersion: version, to: path)
    // The mapping outlives the file's name: the opened network keeps reading it.
    return try NetworkSnapshot.open(path: path, expectedVersion: version, wholeTableLimit: wholeTableLimit)
  }

  /// A seeded synthetic network (with document regimes, timetables, dated services).
  static func synthetic(terminals: Int, seed: UInt64) throws -> NetworkData {
    SyntheticNetwork.generate(try SyntheticNetwork.Parameters(terminals: terminals, seed: seed))
  }
}
