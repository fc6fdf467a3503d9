/// The kinds of names a query may use, so that an "unknown name" error can say how to list them.
public enum NameKind: String, Sendable, Hashable, CaseIterable, Codable {
  case city, country, carrier, crossing
  /// Anything a disruption can close or delay: a city, terminal, service, transfer, border
  /// crossing or strait.
  case place

  public var noun: String {
    switch self {
    case .city: "city"
    case .country: "country"
    case .carrier: "carrier"
    case .crossing: "border crossing or strait"
    case .place: "city, terminal, service, transfer, border crossing or strait"
    }
  }

  /// The parameter where a name of this kind is given (nil for cities: from, to or via).
  public var parameter: QueryParameter? {
    switch self {
    case .city: nil
    case .country: .avoidCountries
    case .carrier: .avoidCarriers
    case .crossing: .avoidCrossings
    case .place: .closures
    }
  }
}
