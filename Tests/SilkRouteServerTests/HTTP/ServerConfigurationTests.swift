import Foundation
import SilkRoute
import Testing

@testable import SilkRouteServer

/// `silkroute serve`'s defaults: loopback only, bounded bodies and budgets, heavy searches on
/// half the cores.
@Suite struct ServerConfigurationTests {
  @Test func defaultsAreSafeForALoopbackService() {
    let configuration = ServerConfiguration()
    #expect(configuration.host == "127.0.0.1" && configuration.port == 8080)
    #expect(configuration.maxBodyBytes == 65_536)
    #expect(configuration.searchLimits == ServerConfiguration.defaultSearchLimits)
    #expect(ServerConfiguration.defaultSearchLimits.time == .seconds(5))
    #expect(ServerConfiguration.defaultSearchLimits.labels == 500_000)
    #expect(configuration.bodyReadTimeout == .seconds(10) && configuration.idleTimeout == .seconds(30))
    #expect(configuration.quickSearches == 2 && configuration.maxQueuedSearches == 32)
  }

  @Test func heavySearchesTakeHalfTheCoresAndAtLeastOne() {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    #expect(ServerConfiguration.defaultHeavySearches == max(1, cores / 2))
    #expect(ServerConfiguration().heavySearches == ServerConfiguration.defaultHeavySearches)
    #expect(ServerConfiguration(heavySearches: 3).heavySearches == 3)
  }
}
