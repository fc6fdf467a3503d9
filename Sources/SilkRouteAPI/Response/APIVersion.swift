/// The version of the JSON contract booking systems program against. Additive changes (new
/// optional fields) keep the version; renaming or removing a field, or changing a unit, bumps it.
public enum APIVersion {
  public static let current = "1"
}
