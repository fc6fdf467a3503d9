/// Resolves the city names a query uses — name, id, alias or UN/LOCODE, as a user typed them — to
/// the network's ids, with the closest names suggested when one is unknown. Built once per
/// network (its name index costs more than a search) and shared by every query on it.
///
/// On a network opened from a compiled snapshot, names resolve through the snapshot's name index
/// (`CompiledCityNames`, a binary search in mapped memory); the full `CityNameMatcher`, which
/// decodes every city record, is built only when something needs it: suggestions for an unknown
/// name, or `matcher` itself.
public struct CityResolver: Sendable {
  /// The name index: exact matches and suggestions (built on first use when names resolve through
  /// a compiled index).
  public var matcher: CityNameMatcher { full.value.matcher }
  private let full: LazyCityMatcher
  private let compiled: CompiledCityNames?
  /// The name of city `index` (for ambiguity messages).
  private let cityName: @Sendable (Int) -> String

  public init(cities: [CityRecord]) {
    self.init(full: LazyCityMatcher(cities: cities), compiled: nil) { cities[$0].name }
  }

  public init(network: TransportNetwork) {
    guard let compiled = network.records.compiledCityNames else {
      self.init(cities: network.records.cities)
      return
    }
    let records = network.records
    self.init(full: LazyCityMatcher { records.cities }, compiled: compiled) { records.city($0).name }
  }

  private init(
    full: LazyCityMatcher, compiled: CompiledCityNames?, cityName: @escaping @Sendable (Int) -> String
  ) {
    self.full = full
    self.compiled = compiled
    self.cityName = cityName
  }

  /// Whether names resolve through a compiled index (without the full matcher).
  package var usesCompiledNames: Bool { compiled != nil }

  /// Whether the full matcher has been built.
  package var hasBuiltMatcher: Bool { full.isBuilt }

  /// Every city `name` names: `matcher.matches(name)`, from the compiled index when there is one.
  package func matches(_ name: String) -> [CityID] {
    compiled?.matches(name) ?? matcher.matches(name)
  }

  /// The city `name` refers to.
  ///
  /// - Throws: `RoutingError.unknownCity` with the closest names, or `.ambiguousCity`.
  public func city(named name: String) throws(RoutingError) -> CityID {
    let matches = matches(name)
    switch matches.count {
    case 1: return matches[0]
    case 0:
      let full = full.value
      throw .unknownCity(name, suggestions: full.matcher.suggestions(for: name, cities: full.cities))
    default: throw .ambiguousCity(name, candidates: matches.map { cityName($0.index) })
    }
  }

  /// Every other name a query may use (countries, carriers, crossings, places) in `network`:
  /// an index built on demand, only for a query that names something.
  func selector(for network: TransportNetwork) -> NetworkSelector {
    NetworkSelector(network: network, cityMatcher: matcher)
  }
}
