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
    CityRecord(
      id: "qingdao", name: "Qingdao", country: "CN", latitude: 36.0, longitude: 120.2, locode: "CNTAO",
      sources: ["s"]),
    CityRecord(
      id: "hamburg", name: "Hamburg", country: "DE", latitude: 53.6, longitude: 10.0, locode: "DEHAM",
      sources: ["s"]),
  ]

  @Test(arguments: [
    ("malaszewicze", 0), ("MAŁASZEWICZE", 0), ("Dusseldorf", 1), ("duesseldorf", 1), ("DÜSSELDORF", 1),
    ("ulan bator", 2), ("Ulan-Bator", 2), ("zamyn uud", 3), ("Zamyn-Uud", 3), ("jiaozhou", 4),
  ])
  func matchesIgnoringCaseDiacriticsAndPunctuation(name: String, index: Int) {
    #expect(CityNameMatcher(cities: cities).matches(name) == [CityID(index)])
  }

  @Test(arguments: [
    ("CNTAO", 5), ("cntao", 5), ("CN TAO", 5), ("cn-tao", 5), ("DEHAM", 6), ("de ham", 6), ("Qingdao", 5),
  ])
  func matchesUNLOCODEs(name: String, index: Int) {
    #expect(CityNameMatcher(cities: cities).matches(name) == [CityID(index)])
  }

  @Test func suggestsCitiesByTheirLOCODE() {
    let matcher = CityNameMatcher(cities: cities)
    #expect(matcher.matches("CNTOA").isEmpty)
    #expect(matcher.suggestions(for: "CNTOA", cities: cities).first == "Qingdao")
    #expect(matcher.suggestions(for: "DE HAN", cities: cities).first == "Hamburg")
    // A city without a LOCODE gets no empty one: an empty key matches nothing.
    #expect(matcher.matches("").isEmpty)
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
