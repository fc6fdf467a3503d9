/// Finds network elements named by a user: cities, terminals, services, transfers, border
/// crossings, straits and canals, carriers and countries, ignoring case, diacritics and
/// punctuation (`brest-malaszewicze`, `Brest–Małaszewicze`, `Suez`).
struct NetworkSelector {
  enum Element: Hashable {
    case city(CityID)
    case terminal(TerminalID)
    case service(ServiceID)
    case transfer(TransferID)
    case crossing(BorderCrossingID)
    case passage(String)
    case carrier(String)
    case country(String)
  }

  enum Kind: String {
    case place, crossing, carrier, country

    var nameKind: NameKind {
      switch self {
      case .place: .place
      case .crossing: .crossing
      case .carrier: .carrier
      case .country: .country
      }
    }
  }

  let network: TransportNetwork
  let cityMatcher: CityNameMatcher
  private var names: [String: [Element]] = [:]
  private var labels: [(key: String, display: String)] = []

  init(network: TransportNetwork, cityMatcher: CityNameMatcher) {
    self.network = network
    self.cityMatcher = cityMatcher
    let data = network.records
    for (index, terminal) in data.terminals.enumerated() { add(terminal.id, .terminal(TerminalID(index))) }
    for (index, service) in data.services.enumerated() { add(service.id, .service(ServiceID(index))) }
    for (index, transfer) in data.transfers.enumerated() { add(transfer.id, .transfer(TransferID(index))) }
    for (index, crossing) in data.borderCrossings.enumerated() {
      add(crossing.id, .crossing(BorderCrossingID(index)))
      add(crossing.name, .crossing(BorderCrossingID(index)))
      // "Alashankou-Dostyk (rail and road)" also answers to the part before the parenthesis.
      if let base = crossing.name.split(separator: "(").first {
        add(String(base), .crossing(BorderCrossingID(index)))
      }
    }
    for passage in Set(data.services.flatMap(\.passages)) { add(passage, .passage(passage)) }
    for carrier in data.carriers {
      add(carrier.id, .carrier(carrier.id))
      add(carrier.name, .carrier(carrier.id))
    }
    for country in data.countries {
      add(country.code, .country(country.code))
      add(country.name, .country(country.code))
    }
  }

  private mutating func add(_ label: String, _ element: Element) {
    let key = CityNameMatcher.normalise(label)
    guard !key.isEmpty else { return }
    if !(names[key]?.contains(element) ?? false) {
      names[key, default: []].append(element)
      labels.append((key, label))
    }
  }

  /// The elements `text` names that are of `kind`.
  func resolve(_ text: String, as kind: Kind) throws(RoutingError) -> [Element] {
    var found = (names[CityNameMatcher.normalise(text)] ?? []).filter { Self.fits($0, kind) }
    if kind == .place { found += cityMatcher.matches(text).map(Element.city) }
    guard found.isEmpty else { return found }
    if kind != .carrier && kind != .country {
      found = betweenCities(text)
      guard found.isEmpty else { return found }
    }
    // Suggest the closest names of that kind.
    let key = CityNameMatcher.normalise(text)
    let threshold = max(2, key.count / 3)
    var candidates = labels.filter { entry in (names[entry.key] ?? []).contains { Self.fits($0, kind) } }
      .compactMap { entry in
        CityNameMatcher.editDistance(key, entry.key, atMost: threshold).map { ($0, entry.display) }
      }
    if kind == .place {
      candidates += cityMatcher.suggestions(for: text, cities: network.records.cities).map { (0, $0) }
    }
    let suggestions = candidates.filter { $0.0 <= threshold }
      .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(3).map(\.1)
    throw .unknownName(text, kind: kind.nameKind, suggestions: Array(Set(suggestions)).sorted())
  }

  /// `Brest-Malaszewicze`, `Alashankou–Dostyk`: the land crossing and the transfers between two
  /// named cities (tries every split at a hyphen or dash, as city names may contain one).
  func betweenCities(_ text: String) -> [Element] {
    // Every split matches both halves: quadratic in the text, so only for what could be a name.
    guard text.utf8.count <= Self.longestPairName else { return [] }
    let characters = Array(text)
    for (index, character) in characters.enumerated()
    where character == "-" || character == "–" || character == "—" {
      let left = String(characters[..<index])
      let right = String(characters[(index + 1)...])
      let a = cityMatcher.matches(left)
      let b = cityMatcher.matches(right)
      guard a.count == 1, b.count == 1, a[0] != b[0] else { continue }
      var elements: [Element] = []
      for (position, crossing) in network.records.borderCrossings.enumerated() {
        let pair = Set([crossing.fromCity, crossing.toCity])
        if pair == Set([network.city(a[0]).id, network.city(b[0]).id]) {
          elements.append(.crossing(BorderCrossingID(position)))
        }
      }
      for (position, transfer) in network.records.transfers.enumerated() {
        guard let from = network.terminalIndex[transfer.from], let to = network.terminalIndex[transfer.to]
        else { continue }
        let cities = Set([network.terminalCity[from.index], network.terminalCity[to.index]])
        if cities == Set([a[0], b[0]]) { elements.append(.transfer(TransferID(position))) }
      }
      if !elements.isEmpty { return elements }
    }
    return []
  }

  /// Longer text is not tried as `City-City` (no pair of names in the data comes near).
  static let longestPairName = 256

  static func fits(_ element: Element, _ kind: Kind) -> Bool {
    switch (element, kind) {
    case (.carrier, .carrier), (.country, .country): true
    case (.crossing, .crossing), (.passage, .crossing): true
    case (.carrier, _), (.country, _): false
    case (_, .place): true
    default: false
    }
  }
}
