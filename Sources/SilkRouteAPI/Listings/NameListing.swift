import SilkRoute

/// The names a request may use for one kind of element, as `silkroute names KIND` prints them
/// and `GET /v1/names/{kind}` returns them: what an "unknown name" error points to.
public struct NameListing: Codable, Hashable, Sendable {
  /// The id or code a request may give (a name matches too).
  public var id: String
  public var name: String
  /// What the element is: `country`, `carrier`, `border-crossing`, `strait`, `city`,
  /// `terminal`, `service`, `transfer`.
  public var type: String

  public init(id: String, name: String, type: String) {
    self.id = id
    self.name = name
    self.type = type
  }

  /// Every name a route request may use besides cities, by kind: what `GET /v1/names` returns.
  public struct Catalog: Codable, Hashable, Sendable {
    /// `constraints.avoidCountries`.
    public var countries: [NameListing]
    /// `constraints.avoidCarriers`.
    public var carriers: [NameListing]
    /// `constraints.avoidCrossings`: border crossings and straits.
    public var crossings: [NameListing]
    /// `disruptions.close` and `disruptions.delays[].target`.
    public var places: [NameListing]

    public init(network: TransportNetwork) {
      countries = NameListing.all(.country, in: network)
      carriers = NameListing.all(.carrier, in: network)
      crossings = NameListing.all(.crossing, in: network)
      places = NameListing.all(.place, in: network)
    }
  }

  /// The kinds that can be listed, by the word the CLI and the URL use.
  public static let kinds: [String: NameKind] = [
    "cities": .city, "countries": .country, "carriers": .carrier, "crossings": .crossing, "places": .place,
  ]

  /// Every name of `kind` in `network`, in data order.
  public static func all(_ kind: NameKind, in network: TransportNetwork) -> [NameListing] {
    let data = network.records
    let cities = data.cities.map { NameListing(id: $0.id, name: $0.name, type: "city") }
    let crossings =
      data.borderCrossings.map { NameListing(id: $0.id, name: $0.name, type: "border-crossing") }
      + Set(data.services.flatMap(\.passages)).sorted().map { NameListing(id: $0, name: $0, type: "strait") }
    switch kind {
    case .city:
      return cities
    case .country:
      return data.countries.map { NameListing(id: $0.code, name: $0.name, type: "country") }
    case .carrier:
      return data.carriers.map { NameListing(id: $0.id, name: $0.name, type: "carrier") }
    case .crossing:
      return crossings
    case .place:
      return cities + data.terminals.map { NameListing(id: $0.id, name: $0.name, type: "terminal") }
        + data.services.map {
          NameListing(id: $0.id, name: "\($0.mode.rawValue) \($0.from)–\($0.to)", type: "service")
        }
        + data.transfers.map { NameListing(id: $0.id, name: "\($0.from)–\($0.to)", type: "transfer") }
        + crossings
    }
  }
}
