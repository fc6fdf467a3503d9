/// What a service is allowed to carry.
public enum CargoClass: String, CaseIterable, Sendable, Codable, Hashable {
  case general, reefer, dangerous, ecommerce
}
