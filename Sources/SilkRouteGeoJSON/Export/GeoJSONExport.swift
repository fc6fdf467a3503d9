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
    let data = network.data
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

  /// One itinerary: the whole route (a line string with the totals), each leg (the service's
  /// line with the leg's own time, cost and CO2), each transfer and customs clearance, and each
  /// city it stops at.
  ///
  /// - Throws: `GeoJSONExportError` when a step names a terminal or service not in `network`.
  public static func routeFeatureCollection(itinerary: Itinerary, network: TransportNetwork)
    throws(GeoJSONExportError) -> GeoJSONFeatureCollection
  {
    var features: [GeoJSONFeature] = []
    var routeLine: [GeoPoint] = []
    func extend(_ points: [GeoPoint]) {
      for point in points where routeLine.last != point { routeLine.append(point) }
    }
    var stops: [(city: CityRef, role: String)] = [(itinerary.origin, "origin")]
    func stop(at city: CityRef) {
      if stops.last?.city.id != city.id { stops.append((city, "stop")) }
    }
    // Which transport document each leg (1-based) travels under, when the itinerary has a plan.
    var legDocuments: [Int: String] = [:]
    for document in itinerary.documentPlan?.documents ?? [] {
      for leg in document.legs { legDocuments[leg] = "\(document.type) (\(document.issuer))" }
    }
    var legNumber = 0
    for (position, step) in itinerary.steps.enumerated() {
      let number = JSONValue.integer(Int64(position + 1))
      switch step {
      case .leg(let leg):
        legNumber += 1
        let path = try legPath(leg, network: network)
        extend(path.points)
        stop(at: leg.to.city)
        features.append(
          GeoJSONFeature(
            id: "step:\(position + 1)", geometry: .lineString(path.points),
            properties: [
              "kind": "leg", "step": number, "service": .string(leg.service),
              "mode": .string(leg.mode.rawValue),
              "carrier": .string(leg.carrier), "carrier_name": .string(leg.carrierName),
              "from": .string(leg.from.id), "to": .string(leg.to.id),
              "from_city": .string(leg.from.city.name), "to_city": .string(leg.to.city.name),
              "distance_km": .integer(leg.distanceKm.rawValue),
              "time_minutes": .integer(leg.timeMinutes.rawValue),
              "time": .string(leg.timeMinutes.compactText), "cost_usd": usd(leg.costCents),
              "co2_kg": kilograms(leg.co2Grams), "passages": .array(leg.passages.map(JSONValue.string)),
              "line": .string(path.shape.rawValue), "stroke": .string(MapPalette.colour(of: leg.mode)),
              "stroke-width": 4, "leg": .integer(Int64(legNumber)),
              "document": legDocuments[legNumber].map(JSONValue.string) ?? .null,
            ]))
      case .transfer(let transfer):
        guard let from = network.cityOfTerminal(transfer.from.id),
          let to = network.cityOfTerminal(transfer.to.id)
        else { throw .unknownTerminal(transfer.from.id + " or " + transfer.to.id) }
        let geometry: GeoJSONGeometry =
          from.id == to.id ? .point(from.point) : .lineString([from.point, to.point])
        extend(geometry.points)
        stop(at: transfer.to.city)
        features.append(
          GeoJSONFeature(
            id: "step:\(position + 1)", geometry: geometry,
            properties: [
              "kind": "transfer", "step": number, "transfer": .string(transfer.transfer),
              "transfer_kind": .string(transfer.kind.rawValue), "from": .string(transfer.from.id),
              "to": .string(transfer.to.id), "city": .string(transfer.to.city.name),
              "time_minutes": .integer(transfer.timeMinutes.rawValue),
              "time": .string(transfer.timeMinutes.compactText),
              "cost_usd": usd(transfer.costCents), "marker-color": "#555555", "marker-size": "small",
            ]))
      case .document(let document):
        guard let cityID = network.cityID(document.at.id) else { throw .unknownCity(document.at.id) }
        features.append(
          GeoJSONFeature(
            id: "step:\(position + 1)", geometry: .point(network.city(cityID).point),
            properties: [
              "kind": "document", "step": number, "regime": .string(document.regime.rawValue),
              "regime_name": .string(document.regime.displayName), "reason": .string(document.reason),
              "city": .string(document.at.name), "time_minutes": .integer(document.timeMinutes.rawValue),
              "time": .string(document.timeMinutes.compactText), "cost_usd": usd(document.costCents),
              "marker-color": "#555555", "marker-size": "small",
            ]))
      case .fee(let fee):
        guard let cityID = network.cityID(fee.at.id) else { throw .unknownCity(fee.at.id) }
        features.append(
          GeoJSONFeature(
            id: "step:\(position + 1)", geometry: .point(network.city(cityID).point),
            properties: [
              "kind": "fee", "step": number, "operator": .string(fee.operatorID),
              "operator_name": .string(fee.operatorName), "reason": .string(fee.reason),
              "city": .string(fee.at.name), "time_minutes": .integer(fee.timeMinutes.rawValue),
              "time": .string(fee.timeMinutes.compactText), "cost_usd": usd(fee.costCents),
              "marker-color": "#555555", "marker-size": "small",
            ]))
      case .border(let border):
        guard let cityID = network.cityID(border.at.id) else { throw .unknownCity(border.at.id) }
        features.append(
          GeoJSONFeature(
            id: "step:\(position + 1)", geometry: .point(network.city(cityID).point),
            properties: [
              "kind": "customs", "step": number, "name": .string(border.name),
              "crossing_kind": .string(border.kind.rawValue), "from_territory": .string(border.fromTerritory),
              "to_territory": .string(border.toTerritory), "city": .string(border.at.name),
              "time_minutes": .integer(border.timeMinutes.rawValue),
              "time": .string(border.timeMinutes.compactText),
              "cost_usd": usd(border.costCents), "marker-color": "#222222", "marker-size": "small",
            ]))
      }
    }
    if stops.last?.city.id == itinerary.destination.id { stops.removeLast() }
    stops.append((itinerary.destination, "destination"))
    for (city, role) in stops {
      guard let cityID = network.cityID(city.id) else { throw .unknownCity(city.id) }
      features.append(
        GeoJSONFeature(
          id: "\(role):\(city.id)", geometry: .point(network.city(cityID).point),
          properties: [
            "kind": "city", "role": .string(role), "id": .string(city.id), "name": .string(city.name),
            "country": .string(city.country), "marker-color": role == "stop" ? "#555555" : "#111111",
            "marker-size": role == "stop" ? "small" : "medium",
          ]))
    }
    let totals = itinerary.totals
    var summary: [String: JSONValue] = [
      "kind": "route", "from": .string(itinerary.origin.name), "to": .string(itinerary.destination.name),
      "cargo": .string(itinerary.cargo.description),
      "cargo_class": .string(itinerary.cargo.cargoClass.rawValue),
      "objective": .string(itinerary.objective.rawValue), "cost_usd": usd(totals.costCents),
      "time_minutes": .integer(totals.timeMinutes.rawValue), "time": .string(totals.timeMinutes.compactText),
      "co2_kg": kilograms(totals.co2Grams), "distance_km": .integer(totals.distanceKm.rawValue),
      "legs": .integer(Int64(totals.legs)), "transfers": .integer(Int64(totals.transfers)),
      "border_crossings": .integer(Int64(totals.borderCrossings)),
      "modes": .array(totals.modes.map { .string($0.rawValue) }), "stroke": "#111111", "stroke-width": 1,
      "stroke-opacity": .number(0.5),
    ]
    if let departure = itinerary.departure { summary["departure"] = .string(departure.iso8601) }
    if let arrival = itinerary.arrival { summary["arrival"] = .string(arrival.iso8601) }
    let route = GeoJSONFeature(
      id: "route", geometry: routeLine.count == 1 ? .point(routeLine[0]) : .lineString(routeLine),
      properties: summary)
    return GeoJSONFeatureCollection(features: [route] + features)
  }

  /// The line of a leg, in its direction of travel.
  static func legPath(_ leg: Leg, network: TransportNetwork) throws(GeoJSONExportError) -> GeoPath {
    guard let serviceID = network.serviceID(leg.service) else { throw .unknownService(leg.service) }
    let service = network.service(serviceID)
    let path = GeoPath.service(service, in: network)
    return service.from == leg.from.id ? path : path.reversed()
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
