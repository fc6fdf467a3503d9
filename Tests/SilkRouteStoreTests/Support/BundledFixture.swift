import SilkRoute

@testable import SilkRouteStore

/// The bundled SCODA dataset (`Data/`), read once per test process and shared by the suites that
/// check it. Swift Testing makes a new suite instance for every test, so reading the folder in
/// each suite's `init` read and validated it again for every test.
enum BundledFixture {
  /// The dataset, its network and a planner over it (the planner is safe to share: each call
  /// keeps its own search state).
  struct Loaded: Sendable {
    let data: NetworkData
    let network: TransportNetwork
    let planner: RoutePlanner
  }

  /// Why the bundled dataset did not load, kept as text so that the cached result is `Sendable`.
  struct LoadFailure: Error, CustomStringConvertible {
    let description: String
  }

  private static let loaded: Result<Loaded, LoadFailure> = {
    do {
      let data = try DataFolder.load(try BundledNetwork.dataFolder())
      let network = try TransportNetwork(data)
      return .success(Loaded(data: data, network: network, planner: RoutePlanner(network: network)))
    } catch {
      return .failure(LoadFailure(description: String(describing: error)))
    }
  }()

  /// The bundled dataset, or the error that loading it gave.
  static func load() throws(LoadFailure) -> Loaded { try loaded.get() }
}
