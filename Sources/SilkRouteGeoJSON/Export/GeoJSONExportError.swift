import SilkRoute

/// An itinerary that does not belong to the network it is drawn on.
public enum GeoJSONExportError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownService(String)
  case unknownTerminal(String)
  case unknownCity(String)

  public var description: String {
    switch self {
    case .unknownService(let id): "the itinerary's service '\(id)' is not in this network"
    case .unknownTerminal(let id): "the itinerary's terminal '\(id)' is not in this network"
    case .unknownCity(let id): "the itinerary's city '\(id)' is not in this network"
    }
  }
}
