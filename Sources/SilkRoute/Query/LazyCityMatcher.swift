import Synchronization

/// A `CityNameMatcher` and the city records it was built from, built on first use (once, under a
/// lock) and then shared: what a `CityResolver` on a compiled name index needs only for
/// suggestions.
final class LazyCityMatcher: Sendable {
  struct Built: Sendable {
    let matcher: CityNameMatcher
    let cities: [CityRecord]
  }

  private let built: Mutex<Built?>
  private let cities: @Sendable () -> [CityRecord]

  /// Built now, from `cities`.
  init(cities: [CityRecord]) {
    built = Mutex(Built(matcher: CityNameMatcher(cities: cities), cities: cities))
    self.cities = { cities }
  }

  /// Built on first use, from the records `cities` returns.
  init(cities: @escaping @Sendable () -> [CityRecord]) {
    built = Mutex(nil)
    self.cities = cities
  }

  var value: Built {
    built.withLock { built in
      if let built { return built }
      let cities = cities()
      let made = Built(matcher: CityNameMatcher(cities: cities), cities: cities)
      built = made
      return made
    }
  }

  var isBuilt: Bool { built.withLock { $0 != nil } }
}
