import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// A network opened from its snapshot answers exactly as the same network loaded from SQLite:
/// seeded random queries (city pairs, objectives, cargo, modes, departures, avoided carriers and
/// countries, via points, single-document bounds), and Pareto sets.
@Suite struct SnapshotAnswerTests {
  /// Both networks, from one seeded synthetic database.
  static func networks(terminals: Int, seed: UInt64) throws -> (
    sqlite: TransportNetwork, snapshot: TransportNetwork
  ) {
    let folder = try SnapshotFixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("net.sqlite").path
    try DatabaseFile.importData(try SnapshotFixture.synthetic(terminals: terminals, seed: seed), into: db)
    let loaded = try NetworkStore(path: db).loadNetwork()
    let path = folder.appendingPathComponent("net.silkroute").path
    try NetworkSnapshot.write(loaded, dataVersion: "seeded", to: path)
    return (loaded, try NetworkSnapshot.open(path: path))
  }

  /// The bundled network through a SQLite database, and its snapshot.
  static func bundledNetworks() throws -> (sqlite: TransportNetwork, snapshot: TransportNetwork) {
    let folder = try SnapshotFixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("bundled.sqlite").path
    try DatabaseFile.importData(try BundledFixture.load().data, into: db)
    let loaded = try NetworkStore(path: db).loadNetwork()
    let path = folder.appendingPathComponent("bundled.silkroute").path
    try NetworkSnapshot.write(loaded, dataVersion: "bundled", to: path)
    return (loaded, try NetworkSnapshot.open(path: path))
  }

  /// A random query over `network`'s cities.
  static func query(_ random: inout SplitMix64, in network: TransportNetwork) -> RouteQuery {
    let cities = network.records.cities
    func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
    var query = RouteQuery(
      from: pick(cities).name, to: pick(cities).name,
      cargo: pick([.containers(1, .feu), .containers(3, .teu), Cargo(unit: .kilograms, quantity: 12_000)]),
      objective: pick([.cheapest, .fastest, .greenest]))
    if random.next() % 4 == 0 {
      query.allowedModes = Set(Mode.allCases.filter { _ in random.next() % 3 != 0 })
    }
    if random.next() % 4 == 0 {
      query.departure = Instant(minutesSinceEpoch: 29_400_000 + Int64(random.next() % 20_000))
    }
    if random.next() % 6 == 0 { query.constraints.avoidCarriers = [pick(network.records.carriers).id] }
    if random.next() % 6 == 0 { query.constraints.avoidCountries = [pick(network.records.countries).code] }
    if random.next() % 8 == 0 { query.constraints.via = [pick(cities).name] }
    if random.next() % 8 == 0 { query.constraints.singleDocument = true }
    return query
  }

  static func answer(_ planner: RoutePlanner, _ query: RouteQuery) -> String {
    do {
      return String(describing: try planner.route(query))
    } catch {
      return "error: \(error)"
    }
  }

  /// 850 queries on the bundled network (through its SQLite database), 150 on a synthetic one.
  @Test(arguments: [(0, 11, 850), (40, 5, 150)] as [(Int, UInt64, Int)])
  func randomQueriesAnswerAlike(terminals: Int, seed: UInt64, count: Int) throws {
    let (sqlite, snapshot) =
      terminals == 0 ? try Self.bundledNetworks() : try Self.networks(terminals: terminals, seed: seed)
    let (a, b) = (RoutePlanner(network: sqlite), RoutePlanner(network: snapshot))
    var random = SplitMix64(seed: seed)
    var routes = 0
    for index in 0..<count {
      let query = Self.query(&random, in: sqlite)
      let expected = Self.answer(a, query)
      #expect(Self.answer(b, query) == expected, "seed \(seed), query \(index): \(query)")
      if !expected.hasPrefix("error") { routes += 1 }
    }
    #expect(routes > count / 4, "seed \(seed): too few queries found a route (\(routes)) to compare much")
  }

  @Test func paretoSetsAnswerAlike() throws {
    let (sqlite, snapshot) = try Self.bundledNetworks()
    let (a, b) = (RoutePlanner(network: sqlite), RoutePlanner(network: snapshot))
    var random = SplitMix64(seed: 9)
    for index in 0..<10 {
      var query = Self.query(&random, in: sqlite)
      query.constraints = .none
      let expected = Result { try a.paretoSet(query, criteria: [.cost, .time]) }.map {
        String(describing: $0)
      }
      let actual = Result { try b.paretoSet(query, criteria: [.cost, .time]) }.map { String(describing: $0) }
      #expect(String(describing: actual) == String(describing: expected), "bundled, seed 9, query \(index)")
    }
  }
}
