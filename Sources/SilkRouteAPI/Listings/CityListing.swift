import SilkRoute

/// One city of the network with its terminals: what `GET /v1/cities` and
/// `silkroute cities --format json` return (a JSON array of these).
public struct CityListing: Codable, Hashable, Sendable {
  public struct Terminal: Codable, Hashable, Sendable {
    public var id: String
    public var mode: Mode
    public var name: String
    /// Rail terminals only.
    public var gaugeMm: Int?
  }

  public var id: String
  public var name: String
  /// ISO 3166-1 alpha-2.
  public var country: String
  public var latitude: Double
  public var longitude: Double
  public var locode: String?
  public var aliases: [String]
  /// `confirmed` or `inferred` (transit points are not listed).
  public var status: String
  public var terminals: [Terminal]

  /// Every city of `network`, in data order, without transit points.
  public static func all(in network: TransportNetwork) -> [CityListing] {
    network.records.cities.enumerated().filter { $0.element.status != .transit }.map { index, city in
      CityListing(
        id: city.id, name: city.name, country: city.country, latitude: city.latitude,
        longitude: city.longitude,
        locode: city.locode.isEmpty ? nil : city.locode, aliases: city.aliases, status: city.status.rawValue,
        terminals: network.terminals(in: CityID(index)).map { id in
          let terminal = network.terminal(id)
          return Terminal(
            id: terminal.id, mode: terminal.mode, name: terminal.name, gaugeMm: terminal.gauge?.millimetres)
        })
    }
  }
}
