import Foundation
import SilkRoute
import SilkRouteStore
import SilkRouteSynthetic
import Testing

/// Small generated networks: reproducible, valid, connected and routable.
struct SyntheticNetworkTests {
  static func generate(_ terminals: Int, seed: UInt64) throws -> NetworkData {
    SyntheticNetwork.generate(try SyntheticNetwork.Parameters(terminals: terminals, seed: seed))
  }

  /// One network of 1,000 terminals shared by the tests that only read it.
  static let thousand: Result<TransportNetwork, any Error> = Result {
    try TransportNetwork(try generate(1_000, seed: 42))
  }

  @Test func sameSeedGivesEqualData() throws {
    #expect(try Self.generate(300, seed: 3) == Self.generate(300, seed: 3))
  }

  @Test func differentSeedsGiveDifferentData() throws {
    let a = try Self.generate(300, seed: 3)
    let b = try Self.generate(300, seed: 4)
    #expect(a != b)
    #expect(a.cities.map(\.id) != b.cities.map(\.id))
  }

  @Test func rejectsSizesOutsideTheRange() {
    #expect(throws: SyntheticNetwork.ParameterError.self) {
      try SyntheticNetwork.Parameters(terminals: 9, seed: 1)
    }
    #expect(throws: SyntheticNetwork.ParameterError.self) {
      try SyntheticNetwork.Parameters(terminals: 5_000_000, seed: 1)
    }
    #expect(throws: SyntheticNetwork.ParameterError.self) {
      try SyntheticNetwork.Parameters(terminals: 100, seed: 1, servicesPerTerminal: 0)
    }
  }

  @Test(arguments: [10, 11, 57]) func tinyNetworksAreValid(terminals: Int) throws {
    let network = try TransportNetwork(try Self.generate(terminals, seed: 9))
    #expect(network.terminalCount == terminals)
  }

  @Test func thousandTerminalsMakeAValidNetworkOfEveryMode() throws {
    let network = try Self.thousand.get()
    let data = network.data
    #expect(network.terminalCount == 1_000)
    #expect(Set(network.terminalMode) == Set(Mode.allCases))
    #expect(Set(network.serviceMode) == Set(Mode.allCases))
    #expect(!data.borderCrossings.isEmpty)
    #expect(data.transfers.contains { $0.kind == .gaugeChange })
    #expect(data.operators.count >= 3 && !data.operatorCoverage.isEmpty)
    #expect(data.documentRegimes.count == DocumentRegime.allCases.count)
    #expect(!data.timetables.isEmpty)
    #expect(data.sources.map(\.id) == [SyntheticNetwork.sourceID])
    // About ten services per terminal.
    #expect((8_000...13_000).contains(data.services.count), "\(data.services.count) services")
    #expect(network.validate().isEmpty, "\(network.validate().prefix(3))")
  }

  @Test func roadNetworkIsStronglyConnected() throws {
    let network = try Self.thousand.get()
    let roads = network.terminalMode.indices.filter { network.terminalMode[$0] == .road }
    var reached = [Bool](repeating: false, count: network.terminalCount)
    var stack = [TerminalID(roads[0])]
    reached[roads[0]] = true
    while let terminal = stack.popLast() {
      for arc in network.arcs(leaving: terminal) {
        guard let service = network.service(of: arc), network.mode(of: service) == .road else { continue }
        let head = network.head(of: arc)
        if !reached[head.index] {
          reached[head.index] = true
          stack.append(head)
        }
      }
    }
    #expect(
      roads.allSatisfy { reached[$0] }, "\(roads.filter { !reached[$0] }.count) road terminals unreached")
  }

  @Test func routesBetweenCitiesOfDifferentCountries() throws {
    let network = try Self.thousand.get()
    let planner = RoutePlanner(network: network)
    let cities = network.data.cities
    var attempted = 0
    var routed = 0
    var step = 0
    while attempted < 20 {
      step += 1
      let from = cities[(step * 7_919) % cities.count]
      let to = cities[(step * 104_729 + 13) % cities.count]
      guard from.country != to.country else { continue }
      attempted += 1
      if (try? planner.route(RouteQuery(from: from.id, to: to.id))) != nil { routed += 1 }
    }
    #expect(routed >= 18, "\(routed) of \(attempted) routed")
  }

  @Test func sameSeedWritesByteIdenticalDatabases() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("synthetic-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    func write(_ seed: UInt64, _ name: String) throws -> Data {
      let path = folder.appendingPathComponent(name).path
      try DatabaseFile.importData(try Self.generate(400, seed: seed), into: path)
      return try Data(contentsOf: URL(fileURLWithPath: path))
    }
    let first = try write(5, "a.sqlite")
    #expect(first == (try write(5, "b.sqlite")))
    #expect(first != (try write(6, "c.sqlite")))
  }

  @Test func storeReadsBackWhatWasGenerated() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("synthetic-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("net.sqlite").path
    let data = try Self.generate(300, seed: 11)
    try DatabaseFile.importData(data, into: path)
    #expect(try NetworkStore(path: path).load() == data)
  }

  /// The streamed version hash equals FNV-1a over the rendered CSV files (the definition).
  @Test func versionHashesTheCanonicalCSVText() throws {
    var data = try Self.generate(200, seed: 2)
    data.cities[0].note = "quoted, \"twice\"\nand a new line"
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (fileName, text) in DataFolder.render(data) {
      for byte in fileName.utf8 + [0] + text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    let hex = String(hash, radix: 16)
    #expect(NetworkStore.version(of: data) == String(repeating: "0", count: 16 - hex.count) + hex)
  }
}
