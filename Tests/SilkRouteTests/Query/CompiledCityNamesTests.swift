import Testing

@testable import SilkRoute

/// `CompiledCityNames` answers `CityNameMatcher.matches` from sorted flat arrays, and refuses
/// arrays that are out of order or name no city.
@Suite struct CompiledCityNamesTests {
  @Test func matchesAsTheMatcher() {
    var data = LineNetwork.data()
    data.cities[3].aliases = ["Midway", "Ünïcödé"]
    let index = CompiledCityNames(cities: data.cities)
    let matcher = CityNameMatcher(cities: data.cities)
    #expect(index.isWellFormed(cityCount: data.cities.count))
    for name in ["Alpha", "alpha", "XA CHA", "xacha", "midway", "unicode", "UNICODE", "", "nowhere", "al"] {
      #expect(index.matches(name) == matcher.matches(name), "'\(name)'")
    }
    #expect(index.matches("midway") == [CityID(1), CityID(3)])
  }

  @Test func malformedArraysAreRefused() {
    let index = CompiledCityNames(cities: LineNetwork.data().cities)
    #expect(!index.isWellFormed(cityCount: 2))
    let swapped = CompiledCityNames(
      keyOffsets: FlatArray([0] + index.keyOffsets.dropFirst().reversed()), keyBytes: index.keyBytes,
      keyCity: index.keyCity)
    #expect(!swapped.isWellFormed(cityCount: 4))
  }
}
