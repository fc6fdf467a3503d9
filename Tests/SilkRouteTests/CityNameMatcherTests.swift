import Testing

@testable import SilkRoute

@Suite struct CityNameMatcherTests {
  let cities = [
    CityRecord(
      id: "malaszewicze", name: "Małaszewicze", country: "PL", latitude: 52, longitude: 23.5, sources: ["s"]),
    CityRecord(
      id: "dusseldorf", name: "Düsseldorf", country: "DE", latitude: 51.2, longitude: 6.8,
      aliases: ["Duesseldorf"], sources: ["s"]),
    CityRecord(
      id: "ulaanbaatar", name: "Ulaanbaatar", country: "MN", latitude: 47.9, longitude: 106.9,
      aliases: ["Ulan Bator"], sources: ["s"]),
    CityRecord(
      id: "zamyn-uud", name: "Zamyn-Üüd", country: "MN", latitude: 43.7, longitude: 111.9, sources: ["s"]),
    CityRecord(
      id: "jiaozhou", name: "Jiaozhou", country: "CN", latitude: 36.3, longitude: 120.0, sources: ["s"]),
  ]

  @Test(arguments: [
    ("malaszewicze", 0), ("MAŁASZEWICZE", 0), ("Dusseldorf", 1), ("duesseldorf", 1), ("DÜSSELDORF", 1),
    ("ulan bator", 2), ("Ulan-Bator", 2), ("zamyn uud", 3), ("Zamyn-Uud", 3), ("jiaozhou", 4),
  ])
  func matchesIgnoringCaseDiacriticsAndPunctuation(name: String, index: Int) {
    #expect(CityNameMatcher(cities: cities).matches(name) == [CityID(index)])
  }

  @Test func suggestsClosestNames() {
    let matcher = CityNameMatcher(cities: cities)
    #expect(matcher.matches("Jiaozou").isEmpty)
    #expect(matcher.suggestions(for: "Jiaozou", cities: cities).first == "Jiaozhou")
    #expect(matcher.suggestions(for: "Dusseldorff", cities: cities).first == "Düsseldorf")
    #expect(matcher.suggestions(for: "qqqqqqqqq", cities: cities).isEmpty)
  }

  @Test func unknownCityErrorNamesItAndSuggests() {
    let error = RoutingError.unknownCity("Jiaozou", suggestions: ["Jiaozhou"])
    #expect(error.description == "unknown city 'Jiaozou': did you mean 'Jiaozhou'?")
  }
}
