import SilkRoute

/// Which part of the network to draw or export: services of some modes, touching some
/// countries, within some legs of a city. The default selects everything.
public struct NetworkSelection: Hashable, Sendable {
  /// Modes whose services are kept (transfers between border stations count as rail).
  public var modes: Set<Mode>
  /// Countries (ISO 3166-1 alpha-2 code or name, any case); a service is kept when one of its
  /// ends lies in one of them. Empty keeps every country.
  public var countries: [String]
  /// A city (name, id or alias): keep only what is reachable from it within `hops` legs.
  public var from: String?
  /// Legs from `from`; transfers (mode and gauge changes) do not count.
  public var hops: Int

  public init(
    modes: Set<Mode> = Set(Mode.allCases), countries: [String] = [], from: String? = nil, hops: Int = 1
  ) {
    self.modes = modes
    self.countries = countries
    self.from = from
    self.hops = hops
  }

  public static let all = NetworkSelection()

  /// Whether the selection keeps the whole network.
  public var isEverything: Bool { modes.count == Mode.allCases.count && countries.isEmpty && from == nil }

  /// The services, transfers and cities selected in `network`.
  ///
  /// - Throws: `SelectionError` for an unknown city or country, a hop count below 1, or a
  ///   selection that keeps nothing.
  public func resolve(in network: TransportNetwork) throws(SelectionError) -> SelectedNetwork {
    guard hops >= 1 else { throw .invalidHops(hops) }
    guard !modes.isEmpty else { throw .nothingSelected("no mode") }
    let data = network.data
    let countryCodes = try resolveCountries(in: data)
    let origin = try from.map { name throws(SelectionError) in try resolveCity(name, in: network) }

    // Services and transfers reachable from the origin (all of them without one).
    var serviceReached = [Bool](repeating: origin == nil, count: data.services.count)
    var transferReached = [Bool](repeating: origin == nil, count: data.transfers.count)
    if let origin {
      reach(from: origin, in: network, services: &serviceReached, transfers: &transferReached)
    }

    func inCountries(_ city: CityRecord?) -> Bool {
      countryCodes.isEmpty || city.map { countryCodes.contains($0.country) } ?? false
    }
    func mode(ofTerminal id: String) -> Mode? { network.terminalID(id).map { network.mode(of: $0) } }

    var services: [Int] = []
    var cities = Set<Int>()
    func addCity(ofTerminal id: String) {
      if let terminal = network.terminalID(id) {
        cities.insert(network.city(of: terminal).index)
      }
    }
    for (index, service) in data.services.enumerated()
    where serviceReached[index] && modes.contains(service.mode) {
      guard
        inCountries(network.cityOfTerminal(service.from)) || inCountries(network.cityOfTerminal(service.to))
      else { continue }
      services.append(index)
      addCity(ofTerminal: service.from)
      addCity(ofTerminal: service.to)
    }
    var transfers: [Int] = []
    for (index, transfer) in data.transfers.enumerated() where transferReached[index] {
      guard let fromMode = mode(ofTerminal: transfer.from), modes.contains(fromMode),
        let toMode = mode(ofTerminal: transfer.to), modes.contains(toMode),
        inCountries(network.cityOfTerminal(transfer.from)) || inCountries(network.cityOfTerminal(transfer.to))
      else { continue }
      transfers.append(index)
      addCity(ofTerminal: transfer.from)
      addCity(ofTerminal: transfer.to)
    }
    if let origin { cities.insert(origin.index) }
    if !countryCodes.isEmpty && origin == nil {
      for (index, city) in data.cities.enumerated() where countryCodes.contains(city.country) {
        cities.insert(index)
      }
    }
    guard !cities.isEmpty else { throw .nothingSelected(summary) }
    return SelectedNetwork(
      services: services, transfers: transfers, cities: cities.sorted(), origin: origin,
      isWholeNetwork: isEverything)
  }

  /// `rail, road · CN, KZ · from Jiaozhou within 2 legs`, for titles and messages.
  public var summary: String {
    var parts: [String] = []
    if modes.count < Mode.allCases.count {
      parts.append(modes.sorted().map(\.rawValue).joined(separator: ", "))
    }
    if !countries.isEmpty { parts.append(countries.joined(separator: ", ")) }
    if let from { parts.append("from \(from)" + (hops == 1 ? "" : " within \(hops) legs")) }
    return parts.isEmpty ? "the whole network" : parts.joined(separator: " · ")
  }

  private func resolveCountries(in data: NetworkData) throws(SelectionError) -> Set<String> {
    var codes = Set<String>()
    for text in countries {
      let key = CityNameMatcher.normalise(text)
      guard
        let country = data.countries.first(where: {
          CityNameMatcher.normalise($0.code) == key || CityNameMatcher.normalise($0.name) == key
        })
      else {
        throw .unknownCountry(text, known: data.countries.map(\.code).sorted())
      }
      codes.insert(country.code)
    }
    return codes
  }

  /// The planner's own name resolution (`CityResolver`), so diagrams and routes answer a name alike.
  private func resolveCity(_ name: String, in network: TransportNetwork) throws(SelectionError) -> CityID {
    do {
      return try CityResolver(network: network).city(named: name)
    } catch {
      throw .city(error)
    }
  }

  /// Marks what lies within `hops` service legs of `origin` over the network's arcs (0-1 BFS:
  /// a transfer costs nothing, a service of an allowed mode one leg).
  private func reach(
    from origin: CityID, in network: TransportNetwork, services: inout [Bool], transfers: inout [Bool]
  ) {
    var legs = [Int](repeating: .max, count: network.terminalCount)
    var queue: [TerminalID] = []
    for terminal in network.terminals(in: origin) {
      legs[terminal.index] = 0
      queue.append(terminal)
    }
    // Layer by layer: within a layer, transfers extend it; services feed the next layer.
    var layer = 0
    while !queue.isEmpty {
      var position = 0
      var next: [TerminalID] = []
      while position < queue.count {
        let tail = queue[position]
        position += 1
        for arc in network.arcs(leaving: tail) {
          let head = network.head(of: arc)
          if let transfer = network.transfer(of: arc) {
            transfers[transfer.index] = true
            if legs[head.index] > layer {
              legs[head.index] = layer
              queue.append(head)
            }
          } else if let service = network.service(of: arc), layer < hops {
            guard modes.contains(network.mode(of: service)) else { continue }
            services[service.index] = true
            if legs[head.index] > layer + 1 {
              legs[head.index] = layer + 1
              next.append(head)
            }
          }
        }
      }
      queue = next.filter { legs[$0.index] == layer + 1 }
      layer += 1
    }
  }
}
