import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// A network opened from its snapshot resolves names through the compiled name index exactly as
/// `CityNameMatcher` does over the city records: every key of every city (names, base names, ids,
/// LOCODEs with and without their space, aliases, the normalised keys themselves, in other cases
/// and without diacritics), and
/// seeded misspellings (unknown names with suggestions, or other cities).
@Suite struct SnapshotCityNamesTests {
  /// The names to try on `cities`: every label in several spellings, and `misspellings` random
  /// edits of them.
  static func names(_ cities: [CityRecord], seed: UInt64, misspellings: Int) -> [String] {
    var names: [String] = []
    for city in cities {
      let locode =
        city.locode.count == 5 ? [String(city.locode.prefix(2)) + " " + city.locode.dropFirst(2)] : []
      let keys = CityNameMatcher.keys(of: city).map(\.key)
      let baseName = city.name.split(separator: "(").first.map(String.init) ?? city.name
      for label in [city.name, baseName, city.id, city.locode] + locode + city.aliases + keys {
        names += [label, label.lowercased(), label.uppercased(), CityNameMatcher.normalise(label)]
      }
    }
    var random = SplitMix64(seed: seed)
    let letters = Array("abcdefghijklmnopqrstuvwxyzłøé ()-")
    for _ in 0..<misspellings {
      var name = Array(cities[Int(random.next() % UInt64(cities.count))].name)
      let position = Int(random.next() % UInt64(name.count + 1))
      let letter = letters[Int(random.next() % UInt64(letters.count))]
      switch random.next() % 3 {
      case 0: name.insert(letter, at: position)
      case 1: if position < name.count { name.remove(at: position) }
      default: if position < name.count { name[position] = letter }
      }
      names.append(String(name))
    }
    return names + ["", " ", "(", "zzzzzz", "Ł", "ß"]
  }

  static func answer(_ resolver: CityResolver, _ name: String) -> String {
    do {
      return "\(try resolver.city(named: name))"
    } catch {
      return "error: \(error)"
    }
  }

  /// Checks `snapshot`'s compiled resolution against the matcher over `cities`.
  static func expectAlike(_ snapshot: TransportNetwork, cities: [CityRecord], seed: UInt64) {
    let compiled = CityResolver(network: snapshot)
    #expect(compiled.usesCompiledNames)
    let matcher = CityNameMatcher(cities: cities)
    let names = names(cities, seed: seed, misspellings: 400)
    for name in names {
      #expect(compiled.matches(name) == matcher.matches(name), "seed \(seed): '\(name)'")
    }
    // Exact names resolved without the full matcher.
    #expect(!compiled.hasBuiltMatcher)
    let reference = CityResolver(cities: cities)
    for name in names {
      #expect(answer(compiled, name) == answer(reference, name), "seed \(seed): '\(name)'")
    }
  }

  @Test func bundledNamesResolveAlike() throws {
    let (sqlite, snapshot) = try SnapshotAnswerTests.bundledNetworks()
    Self.expectAlike(snapshot, cities: sqlite.records.cities, seed: 1)
  }

  @Test func syntheticNamesResolveAlike() throws {
    let (sqlite, snapshot) = try SnapshotAnswerTests.networks(terminals: 60, seed: 4)
    Self.expectAlike(snapshot, cities: sqlite.records.cities, seed: 4)
  }

  /// Cities sharing an alias are ambiguous through the compiled index too, in city order.
  @Test func sharedAliasesAreAmbiguous() throws {
    var data = try BundledFixture.load().data
    data.cities[3].aliases.append("Twin")
    data.cities[1].aliases.append("twin")
    let snapshot = try SnapshotFixture.roundTrip(try TransportNetwork(data))
    let resolver = CityResolver(network: snapshot)
    #expect(resolver.matches("TWIN") == [CityID(1), CityID(3)])
    #expect(
      throws: RoutingError.ambiguousCity("twin", candidates: [data.cities[1].name, data.cities[3].name])
    ) { try resolver.city(named: "twin") }
  }
}
