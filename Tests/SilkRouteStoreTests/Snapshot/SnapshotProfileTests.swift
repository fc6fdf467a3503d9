import Foundation
import Testing

@testable import SilkRoute
@testable import SilkRouteStore

/// A snapshot's compiled default query profile (`CompiledProfile`): queries of its key answer
/// from it, without building anything, exactly as a network built from its records answers them;
/// queries of another key (cargo, modes, a day outside its window, restrictions) build their own.
@Suite struct SnapshotProfileTests {
  /// The network built from a seeded synthetic dataset, and the same opened from its snapshot.
  /// (0 terminals: the bundled network.)
  static func networks(terminals: Int, seed: UInt64) throws -> (
    built: TransportNetwork, snapshot: TransportNetwork
  ) {
    let built =
      terminals == 0
      ? try BundledFixture.load().network
      : try TransportNetwork(try SnapshotFixture.synthetic(terminals: terminals, seed: seed))
    return (built, try SnapshotFixture.roundTrip(built))
  }

  /// A random query, of the profile's key about half the time.
  static func query(_ random: inout SplitMix64, in network: TransportNetwork, days: [Int32]) -> RouteQuery {
    let cities = network.records.cities
    func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
    var query = RouteQuery(
      from: pick(cities).name, to: pick(cities).name, objective: pick([.cheapest, .fastest, .greenest]))
    switch random.next() % 8 {
    case 0: query.cargo = pick([.containers(3, .teu), Cargo(unit: .kilograms, quantity: 12_000)])
    case 1: query.constraints.avoidModes = [pick(Mode.allCases)]
    case 2: query.asOf = Instant(minutesSinceEpoch: Int64(pick(days)) * 1_440 + 600)
    case 3: query.constraints.avoidCarriers = [pick(network.records.carriers).id]
    case 4: query.departure = Instant(minutesSinceEpoch: Int64(pick(days)) * 1_440 + 60)
    default: break
    }
    if random.next() % 10 == 0 { query.constraints.singleDocument = true }
    return query
  }

  /// Days around the edges of the arcs' validity (inside and outside the profile's window).
  static func edgeDays(_ network: TransportNetwork) -> [Int32] {
    var days: Set<Int32> = []
    for arc in 0..<network.arcCount where !network.arcValidFrom.isEmpty {
      let (from, until) = (network.arcValidFrom[arc], network.arcValidUntil[arc])
      guard from <= until, from > Int32.min, until < Int32.max else { continue }
      days.formUnion([from - 1, from, until, until + 1])
    }
    return days.isEmpty ? [network.asOfDay ?? 20_000] : days.sorted()
  }

  static func answer(_ planner: RoutePlanner, _ query: RouteQuery) -> String {
    do {
      return String(describing: try planner.route(query))
    } catch {
      return "error: \(error)"
    }
  }

  /// 600 queries on the bundled network and three synthetic ones: the same answers; the compiled
  /// arcs used exactly when the query's arcs are the profile's (same key, or a day with the same
  /// valid arcs) and its destination needs no weights of its own, and derived from when it does;
  /// the arcs then equal those built for the query.
  @Test(arguments: [(0, 11), (40, 3), (60, 8), (50, 21)] as [(Int, UInt64)])
  func queriesAnswerAlike(terminals: Int, seed: UInt64) throws {
    let (built, snapshot) = try Self.networks(terminals: terminals, seed: seed)
    let profile = try #require(snapshot.compiledProfile)
    let (reference, compiled) = (RoutePlanner(network: built), RoutePlanner(network: snapshot))
    #expect(compiled.arcWeights.hasCompiledProfile && !reference.arcWeights.hasCompiledProfile)
    let days = Self.edgeDays(built)
    var random = SplitMix64(seed: seed)
    var (used, derived, unused, routes) = (0, 0, 0, 0)
    for index in 0..<150 {
      let query = Self.query(&random, in: built, days: days)
      let expected = Self.answer(reference, query)
      #expect(Self.answer(compiled, query) == expected, "seed \(seed), query \(index): \(query)")
      if !expected.hasPrefix("error") { routes += 1 }
      guard let graph = try? compiled.prepare(query), let alone = try? reference.prepare(query) else {
        continue
      }
      let sameKey =
        query.cargo == profile.cargo && query.constraints.avoidCarriers.isEmpty
        && query.constraints.avoidModes.isEmpty
      let ownWeights = Set(profile.transitTerritory).contains(snapshot.cityTerritory[graph.destination.index])
      let sameArcs = sameKey && alone.usable == profile.usable
      #expect(
        graph.usesCompiledProfile == (sameArcs && !ownWeights), "seed \(seed), query \(index): \(query)")
      #expect(graph.derivesFromCompiledProfile == sameArcs, "seed \(seed), query \(index): \(query)")
      #expect(graph.usable == alone.usable && graph.weight == alone.weight, "seed \(seed), query \(index)")
      #expect(graph.inTransit == alone.inTransit, "seed \(seed), query \(index)")
      if graph.usesCompiledProfile {
        used += 1
      } else if graph.derivesFromCompiledProfile {
        derived += 1
      } else {
        unused += 1
      }
    }
    #expect(
      used + derived > 30 && unused > 30, "seed \(seed): \(used) + \(derived) used the profile, \(unused) not"
    )
    #expect(routes > 40, "seed \(seed): too few routes (\(routes))")
  }

  /// The profile read back is the one compiled from the network built from records: weights,
  /// every kernel graph, and landmarks (compiled here with a low threshold to have some).
  @Test func theProfileRoundTrips() throws {
    // Without document regimes: the planner's scalar search reads forward graphs and landmarks.
    var data = try SnapshotFixture.synthetic(terminals: 40, seed: 5)
    data.documentRegimes = []
    let built = try TransportNetwork(data)
    let fresh = CompiledProfile.compile(built, landmarkThreshold: 10)
    #expect(fresh.graphs.allSatisfy { $0.graph != nil })
    #expect(fresh.landmarks.count == 3 && fresh.landmarks.allSatisfy { $0 != nil })
    var writer = SnapshotWriter(network: built, dataVersion: "v")
    writer.landmarkThreshold = 10
    let folder = try SnapshotFixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("p.silkroute").path
    try Data(SnapshotFile.assemble(try writer.sections())).write(to: URL(fileURLWithPath: path))
    let read = try #require(try NetworkSnapshot.open(path: path).compiledProfile)
    #expect(read.cargo == fresh.cargo && read.modes == fresh.modes && read.day == fresh.day)
    #expect(
      (read.firstDay, read.lastDay, read.servesUndated) == (
        fresh.firstDay, fresh.lastDay, fresh.servesUndated
      ))
    #expect(read.usable == fresh.usable && read.weight == fresh.weight && read.inTransit == fresh.inTransit)
    #expect(read.transitArc == fresh.transitArc && read.transitClearance == fresh.transitClearance)
    for (a, b) in zip(read.graphs.map(\.graph), fresh.graphs.map(\.graph)) {
      #expect(a?.arcs == b?.arcs && a?.firstOut == b?.firstOut && a?.originalArc == b?.originalArc)
      #expect(a?.originalNode == b?.originalNode && a?.distanceBound == b?.distanceBound)
    }
    for (a, b) in zip(read.landmarks, fresh.landmarks) {
      #expect(a?.nodes == b?.nodes && a?.from == b?.from && a?.to == b?.to)
    }
  }

  /// The window of days holds exactly the days whose valid arcs are the profile day's.
  @Test func theWindowHoldsTheDaysWithTheSameArcs() throws {
    let (built, snapshot) = try Self.networks(terminals: 0, seed: 0)
    let profile = try #require(snapshot.compiledProfile)
    #expect(profile.day != nil && profile.firstDay <= profile.lastDay)
    let planner = RoutePlanner(network: built)
    let cities = built.records.cities
    for day in Self.edgeDays(built) {
      var query = RouteQuery(from: cities[0].name, to: cities[1].name)
      query.asOf = Instant(minutesSinceEpoch: Int64(day) * 1_440)
      guard let graph = try? planner.prepare(query) else { continue }
      let inWindow = profile.firstDay <= day && day <= profile.lastDay
      #expect(inWindow == (graph.usable == profile.usable), "day \(day)")
    }
  }
}

extension SnapshotProfileTests {
  /// Changing a few elements of a mapped array makes a private copy-on-write mapping: the changes
  /// there, every other element as mapped, the mapped array untouched.
  @Test func aMappedArrayIsUpdatedCopyOnWrite() throws {
    let (_, snapshot) = try Self.networks(terminals: 40, seed: 3)
    let weight = try #require(snapshot.compiledProfile).weight
    let changes = [0, weight.count / 2, weight.count - 1].map {
      ($0, RouteTotals(cost: Cents(7), time: Minutes(8), co2: Grams(9)))
    }
    let updated = weight.updating(changes)
    #expect(updated.owner !== weight.owner && !(updated.owner is FlatAllocation))
    var expected = Array(weight)
    for (index, element) in changes { expected[index] = element }
    #expect(Array(updated) == expected && Array(weight) != expected)
  }
}
