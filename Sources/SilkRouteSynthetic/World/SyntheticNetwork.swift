import SilkRoute

/// A seeded generator of synthetic multimodal networks of any size, for load tests and
/// benchmarks: clustered cities in generated countries, rail and road between neighbours, rail
/// corridors between hubs, sea lines between ports, air links between large cities, border
/// crossings, gauge changes, timetables, document regimes and multimodal transport operators.
///
/// The same parameters always give the same `NetworkData`, record for record: the generator draws
/// from its own xoshiro256** streams and never iterates a `Dictionary` or `Set`.
/// Figures follow the estimate formulas of `Data/README.md` (great-circle distance × detour,
/// mode speeds, the `est-*` tariff and CO2e formulas) and cite one `dataset` source, `synthetic`.
public enum SyntheticNetwork {
  /// What to generate.
  public struct Parameters: Hashable, Sendable {
    /// Terminal counts the generator accepts.
    public static let terminalRange = 10...1_000_000
    /// Services per terminal the generator accepts.
    public static let servicesPerTerminalRange = 1...40

    /// Exactly this many terminals (graph nodes) are generated.
    public let terminals: Int
    public let seed: UInt64
    /// Target number of service records per terminal (each bidirectional: two arcs). Every
    /// generated link carries at least one service, so sparse targets may be exceeded.
    public let servicesPerTerminal: Int

    /// - Throws: `ParameterError` when a count lies outside its range.
    public init(terminals: Int, seed: UInt64, servicesPerTerminal: Int = 10) throws(ParameterError) {
      guard Self.terminalRange.contains(terminals) else {
        throw ParameterError(
          "terminal count \(terminals) is outside \(Self.terminalRange.lowerBound)...\(Self.terminalRange.upperBound)"
        )
      }
      guard Self.servicesPerTerminalRange.contains(servicesPerTerminal) else {
        throw ParameterError(
          "services per terminal \(servicesPerTerminal) is outside "
            + "\(Self.servicesPerTerminalRange.lowerBound)...\(Self.servicesPerTerminalRange.upperBound)")
      }
      self.terminals = terminals
      self.seed = seed
      self.servicesPerTerminal = servicesPerTerminal
    }
  }

  public struct ParameterError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
  }

  /// The generator's stages, in order; `progress` reports the fraction done within each.
  public enum Stage: String, CaseIterable, Sendable {
    case countries, cities, links, services, operators
  }

  /// The id of the one source every generated figure cites.
  public static let sourceID = "synthetic"

  /// Generates the network `parameters` describe.
  ///
  /// - Parameter progress: called from the calling thread with a stage and the fraction of it
  ///   done (0...1), a few hundred times per run at most.
  /// - Complexity: O(n log n) in the number of terminals n and services.
  public static func generate(
    _ parameters: Parameters, progress: ((Stage, Double) -> Void)? = nil
  ) -> NetworkData {
    var world = SyntheticWorld(parameters: parameters, progress: progress ?? { _, _ in })
    world.makeCountries()
    world.makeCities()
    world.makeLinks()
    world.makeServices()
    world.makeOperators()
    return world.data
  }
}
