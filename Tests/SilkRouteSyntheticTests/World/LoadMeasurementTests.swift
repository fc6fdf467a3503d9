import Foundation
import SilkRoute
import SilkRouteStore
import Testing

/// Manual measurement, skipped unless `SILKROUTE_MEASURE_DB` names a database (made with
/// `silkroute data generate`): prints load time and resident bytes per service. Run it in release:
/// `SILKROUTE_MEASURE_DB=big.sqlite swift test -c release --filter LoadMeasurement`.
@Suite struct LoadMeasurementTests {
  static let path = ProcessInfo.processInfo.environment["SILKROUTE_MEASURE_DB"]

  /// Resident set size in bytes, from /proc/self/statm (Linux); 0 elsewhere.
  static func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  @Test(.enabled(if: path != nil)) func loadLargeDatabase() throws {
    let path = try #require(Self.path)
    let clock = ContinuousClock()
    let before = Self.residentBytes()
    let start = clock.now
    let data = try NetworkStore(path: path).load()
    let loaded = clock.now
    let afterData = Self.residentBytes()
    let network = try TransportNetwork(data)
    let built = clock.now
    let afterNetwork = Self.residentBytes()
    let services = network.data.services.count
    print(
      "measure: \(network.terminalCount) terminals, \(services) services, \(network.arcCount) arcs; "
        + "load \(loaded - start), TransportNetwork \(built - loaded); "
        + "resident +\((afterData - before) / 1_048_576) MB after load (\((afterData - before) / max(services, 1)) B/service), "
        + "+\((afterNetwork - before) / 1_048_576) MB with the network (\((afterNetwork - before) / max(services, 1)) B/service)"
    )
    #expect(services > 0)
  }
}
