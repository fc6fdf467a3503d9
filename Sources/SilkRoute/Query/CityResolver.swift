/// Resolves the city names a query uses — name, id, alias or UN/LOCODE, as a user typed them — to
/// the network's ids, with the closest names suggested when one is unknown. Built once per
/// network (its name index costs more than a search) and shared by every query on it.
public struct CityResolver: Sendable {
  /// The name index: exact matches and suggestions.
  public let matcher: CityNameMatcher
  private let cities: [CityRecord]

  public init(cities: [CityRecord]) {
    self.cities = cities
    matcher = CityNameMatcher(cities: cities)
  }

  public init(network: TransportNetwork) { self.init(cities: network.records.cities) }

  /// The city `name` refers to.
  ///
  /// - Throws: `RoutingError.unknownCity` with the closest names, or `.ambiguousCity`.
  public func city(named name: String) throws(RoutingError) -> CityID {
    let matches = matcher.matches(name)
    switch matches.count {
    case 1: return matches[0]
    case 0: throw .unknownCity(name, suggestions: matcher.suggestions(for: name, cities: cities))
    default: throw .ambiguousCity(name, candidates: matches.map { cities[$0.index].name })
    }
  }

  /// Every other name a query may use (countries, carriers, crossings, places) in `network`:
  /// an index built on demand, only for a query that names something.
  func selector(for network: TransportNetwork) -> NetworkSelector {
    NetworkSelector(network: network, cityMatcher: matcher)
  }
}
