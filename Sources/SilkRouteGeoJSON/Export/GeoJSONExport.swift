import SilkRoute

/// The network and itineraries as GeoJSON: terminals as points, services as line strings with
/// mode, carrier, time, cost and CO2 properties. Sea services follow `SeaLanes`, air services
/// the great circle; rail and road are straight between city centres (no track geometry).
public enum GeoJSONExport {
  /// The payload one FEU carries in the cost and CO2 properties (`Cargo.containers(1, .feu)`).
  static let referenceCargo = Cargo.containers(1, .feu)

  /// Terminals (points), services and transfers between border stations (line strings) of
  /// the selected part of `network`.
  ///
  /// - Throws: `SelectionError` when the selection names an unknown city or country or keeps nothing.
  public static func networkFeatureCollection(
    network: TransportNetwork, selection: NetworkSelection = .all
  ) throws(SelectionError) -> GeoJSONFeatureCollection {
    let selected = try selection.resolve(in: network)
    let data = network.records
    var features: [GeoJSONFeature] = []
    for cityIndex in selected.cities {
      for terminalID in network.terminals(in: CityID(cityIndex)) {
        let terminal = network.terminal(terminalID)
        guard selection.modes.contains(terminal.mode) else { continue }
        features.append(terminalFeature(terminal, city: data.cities[cityIndex], network: network))
      }
    }
    for index in selected.services {
      features.append(serviceFeature(data.services[index], network: network))
    }
    for index in selected.transfers {
      let transfer = data.transfers[index]
      let path = GeoPath.between(terminal: transfer.from, and: transfer.to, in: network)
      guard path.start != path.end else { continue }  // inside one city: no line to draw
      features.append(
        GeoJSONFeature(
          id: "transfer:\(transfer.id)", geometry: .lineString(path.points),
          properties: [
            "kind": "transfer", "id": .string(transfer.id), "transfer_kind": .string(transfer.kind.rawValue),
            "from": .string(transfer.from), "to": .string(transfer.to),
            "time_minutes": .integer(transfer.time.rawValue), "time": .string(transfer.time.compactText),
            "cost_usd_per_feu": usd(transfer.tariff.charge(for: referenceCargo)),
            "stroke": .string(MapPalette.colour(of: .rail)), "stroke-width": 3,
          ]))
    }
    return GeoJSONFeatureCollection(features: features)
  }

  static func terminalFeature(_ terminal: TerminalRecord, city: CityRecord, network: TransportNetwork)
    -> GeoJSONFeature
  {
    var properties: [String: JSONValue] = [
      "kind": "terminal", "id": .string(terminal.id), "name": .string(terminal.name),
      "mode": .string(terminal.mode.rawValue), "city": .string(city.id), "city_name": .string(city.name),
      "country": .string(city.country), "marker-color": .string(MapPalette.colour(of: terminal.mode)),
      "marker-size": "small",
    ]
    if let gauge = terminal.gauge { properties["gauge_mm"] = .integer(Int64(gauge.millimetres)) }
    if !city.locode.isEmpty { properties["locode"] = .string(city.locode) }
    return GeoJSONFeature(id: "terminal:\(terminal.id)", geometry: .point(city.point), properties: properties)
  }

  static func serviceFeature(_ service: ServiceRecord, network: TransportNetwork) -> GeoJSONFeature {
    let path = GeoPath.service(service, in: network)
    let carrierName = network.carrier(service.carrier)?.name
    var properties: [String: JSONValue] = [
      "kind": "service", "id": .string(service.id), "mode": .string(service.mode.rawValue),
      "carrier": .string(service.carrier), "carrier_name": .string(carrierName ?? service.carrier),
      "from": .string(service.from), "to": .string(service.to),
      "from_city": .string(network.cityOfTerminal(service.from)?.name ?? ""),
      "to_city": .string(network.cityOfTerminal(service.to)?.name ?? ""),
      "bidirectional": .bool(service.bidirectional), "distance_km": .integer(service.distance.rawValue),
      "time_minutes": .integer(service.transit.rawValue), "time": .string(service.transit.compactText),
      "co2_g_per_tkm": .integer(service.co2Intensity.rawValue),
      "co2_kg_per_feu": kilograms(
        service.co2Intensity.emissions(kilograms: referenceCargo.payloadKilograms, over: service.distance)),
      "cost_usd_per_feu": usd(service.tariff.charge(for: referenceCargo)),
      "per_teu_usd": usd(service.tariff.perTEU), "per_feu_usd": usd(service.tariff.perFEU),
      "per_kg_usd": usd(service.tariff.perKilogram), "min_charge_usd": usd(service.tariff.minimumCharge),
      "cargo_classes": .array(service.cargoClasses.classes.map { .string($0.rawValue) }),
      "passages": .array(service.passages.map(JSONValue.string)), "line": .string(path.shape.rawValue),
      "stroke": .string(MapPalette.colour(of: service.mode)), "stroke-width": service.mode == .air ? 1 : 2,
    ]
    if !service.tariffDate.isEmpty { properties["tariff_date"] = .string(service.tariffDate) }
    return GeoJSONFeature(
      id: "service:\(service.id)", geometry: .lineString(path.points), properties: properties)
  }

  /// US dollars with cents as a JSON number, or null.
  static func usd(_ cents: Cents?) -> JSONValue {
    guard let cents else { return .null }
    return .number(Double(cents.rawValue) / 100)
  }

  /// Kilograms with one decimal.
  static func kilograms(_ grams: Grams) -> JSONValue {
    .number((Double(grams.rawValue) / 100).rounded() / 10)
  }
}
