/// How a front-end names the query's parameters and where it lists the network's names.
public struct ErrorWording: Sendable {
  public var parameter: @Sendable (QueryParameter) -> String
  /// How to list every name of a kind ("`silkroute cities` lists them all"), or nil.
  public var listing: @Sendable (NameKind) -> String?

  public init(
    parameter: @escaping @Sendable (QueryParameter) -> String,
    listing: @escaping @Sendable (NameKind) -> String?
  ) {
    self.parameter = parameter
    self.listing = listing
  }

  /// The library's own names (`avoidCountries`, `maxLegs`).
  public static let library = ErrorWording(parameter: \.rawValue, listing: { _ in nil })

  /// User input quoted in a one-line message: control characters escaped.
  public static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
        result += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
