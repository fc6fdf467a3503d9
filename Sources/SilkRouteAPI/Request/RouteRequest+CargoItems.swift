import SilkRoute

extension RouteRequest {
  /// One part of a mixed container shipment: `{"unit": "FEU", "count": 2}`.
  public struct CargoItemSpec: Codable, Hashable, Sendable {
    /// `TEU` or `FEU`.
    public var unit: String
    public var count: Int64

    public init(unit: String, count: Int64) {
      self.unit = unit
      self.count = count
    }
  }
}

extension RouteRequest.CargoSpec {
  /// Mixed equipment: `items` instead of `unit` and `count` (which may then be left out).
  public init(items: [RouteRequest.CargoItemSpec], cargoClass: String? = nil, declaredValueUSD: String? = nil)
  {
    self.init(unit: "", count: 0, cargoClass: cargoClass, declaredValueUSD: declaredValueUSD)
    self.items = items
  }

  /// `unit` and `count` are required unless `items` is given.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let items = try container.decodeIfPresent([RouteRequest.CargoItemSpec].self, forKey: .items)
    let unit = try container.decodeIfPresent(String.self, forKey: .unit)
    let count = try container.decodeIfPresent(Int64.self, forKey: .count)
    if items == nil {
      // Without items, the classic form: both required (the decoder's own error when missing).
      _ = try container.decode(String.self, forKey: .unit)
      _ = try container.decode(Int64.self, forKey: .count)
    }
    // `unit` or `count` beside `items` stays visible even when empty or zero, so that `plan()`
    // refuses the combination (count -1 marks it).
    let conflicting =
      items != nil && (unit != nil || count != nil) && (unit ?? "").isEmpty && (count ?? 0) == 0
    self.init(
      unit: unit ?? "", count: conflicting ? -1 : count ?? 0,
      cargoClass: try container.decodeIfPresent(String.self, forKey: .cargoClass),
      declaredValueUSD: try container.decodeIfPresent(String.self, forKey: .declaredValueUSD))
    self.items = items
  }

  /// `unit` and `count` are left out when empty (a spec with `items` only).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    if !unit.isEmpty || items == nil {
      try container.encode(unit, forKey: .unit)
      try container.encode(count, forKey: .count)
    }
    try container.encodeIfPresent(items, forKey: .items)
    try container.encodeIfPresent(cargoClass, forKey: .cargoClass)
    try container.encodeIfPresent(declaredValueUSD, forKey: .declaredValueUSD)
  }
}

extension RouteRequest {
  /// `cargo.items` as a mixed container cargo.
  func mixedCargo(_ items: [CargoItemSpec], spec: CargoSpec) throws(RequestError) -> Cargo {
    guard spec.unit.isEmpty, spec.count == 0 else {
      throw RequestError(
        field: "cargo.items", message: "give either unit and count or items", conflictsWith: ["cargo.unit"])
    }
    var loads: [ContainerLoad] = []
    for (index, item) in items.enumerated() {
      guard
        let unit = [Cargo.Unit.teu, .feu].first(where: { $0.rawValue.lowercased() == item.unit.lowercased() })
      else {
        throw RequestError(
          field: "cargo.items[\(index)].unit",
          message: "unknown container '\(ErrorWording.escaped(item.unit))': use TEU or FEU")
      }
      guard (1...Cargo.maximumContainers).contains(item.count) else {
        throw RequestError(
          field: "cargo.items[\(index)].count", message: "must be 1 to \(Cargo.maximumContainers)")
      }
      loads.append(ContainerLoad(item.count, unit))
    }
    guard let cargo = Cargo.mixed(loads) else {
      throw RequestError(
        field: "cargo.items", message: "must hold 1 to \(Cargo.maximumContainers) containers in all")
    }
    return cargo
  }
}
