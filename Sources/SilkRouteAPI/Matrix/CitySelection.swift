/// The origins or the destinations of a ``RouteMatrix``: every city of the network, or the
/// cities named (by name, id, alias or UN/LOCODE, as a request's `from` and `to`).
///
/// JSON: the string `"all"`, or an array of city names.
public enum CitySelection: Hashable, Sendable, Codable {
  case all
  case cities([String])

  /// The word that selects every city.
  public static let allWord = "all"

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let word = try? container.decode(String.self) {
      guard word == Self.allWord else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "must be \"all\" or an array of city names")
      }
      self = .all
      return
    }
    self = .cities(try container.decode([String].self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .all: try container.encode(Self.allWord)
    case .cities(let names): try container.encode(names)
    }
  }
}
