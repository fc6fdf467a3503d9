import SilkRoute

extension GeoJSONExport {
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
      let feature: GeoJSONFeature
      switch step {
      case .leg(let leg):
        legNumber += 1
        feature = try legFeature(
          leg, step: position + 1, number: legNumber, document: legDocuments[legNumber], network: network)
        extend(feature.geometry.points)
        stop(at: leg.to.city)
      case .transfer(let transfer):
        feature = try transferFeature(transfer, step: position + 1, network: network)
        extend(feature.geometry.points)
        stop(at: transfer.to.city)
      case .document, .fee, .border:
        guard let point = try pointFeature(step, step: position + 1, network: network) else { continue }
        feature = point
      }
      features.append(feature)
    }
    if stops.last?.city.id == itinerary.destination.id { stops.removeLast() }
    stops.append((itinerary.destination, "destination"))
    for (city, role) in stops {
      features.append(try stopFeature(city, role: role, network: network))
    }
    return GeoJSONFeatureCollection(features: [routeFeature(itinerary, line: routeLine)] + features)
  }

  /// The whole route: its line and totals.
  static func routeFeature(_ itinerary: Itinerary, line: [GeoPoint]) -> GeoJSONFeature {
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
    return GeoJSONFeature(
      id: "route", geometry: line.count == 1 ? .point(line[0]) : .lineString(line), properties: summary)
  }

  /// Leg `number` (step `step`): the service's line in the direction of travel.
  static func legFeature(
    _ leg: Leg, step: Int, number: Int, document: String?, network: TransportNetwork
  ) throws(GeoJSONExportError) -> GeoJSONFeature {
    let path = try legPath(leg, network: network)
    return GeoJSONFeature(
      id: "step:\(step)", geometry: .lineString(path.points),
      properties: [
        "kind": "leg", "step": .integer(Int64(step)), "service": .string(leg.service),
        "mode": .string(leg.mode.rawValue),
        "carrier": .string(leg.carrier), "carrier_name": .string(leg.carrierName),
        "from": .string(leg.from.id), "to": .string(leg.to.id),
        "from_city": .string(leg.from.city.name), "to_city": .string(leg.to.city.name),
        "distance_km": .integer(leg.distanceKm.rawValue),
        "time_minutes": .integer(leg.timeMinutes.rawValue),
        "time": .string(leg.timeMinutes.compactText), "cost_usd": usd(leg.costCents),
        "co2_kg": kilograms(leg.co2Grams), "passages": .array(leg.passages.map(JSONValue.string)),
        "line": .string(path.shape.rawValue), "stroke": .string(MapPalette.colour(of: leg.mode)),
        "stroke-width": 4, "leg": .integer(Int64(number)),
        "document": document.map(JSONValue.string) ?? .null,
      ])
  }

  /// A transfer: a point within a city, a line between two (paired border stations).
  static func transferFeature(_ transfer: TransferStep, step: Int, network: TransportNetwork)
    throws(GeoJSONExportError) -> GeoJSONFeature
  {
    guard let from = network.cityOfTerminal(transfer.from.id),
      let to = network.cityOfTerminal(transfer.to.id)
    else { throw .unknownTerminal(transfer.from.id + " or " + transfer.to.id) }
    let geometry: GeoJSONGeometry =
      from.id == to.id ? .point(from.point) : .lineString([from.point, to.point])
    return GeoJSONFeature(
      id: "step:\(step)", geometry: geometry,
      properties: [
        "kind": "transfer", "step": .integer(Int64(step)), "transfer": .string(transfer.transfer),
        "transfer_kind": .string(transfer.kind.rawValue), "from": .string(transfer.from.id),
        "to": .string(transfer.to.id), "city": .string(transfer.to.city.name),
        "time_minutes": .integer(transfer.timeMinutes.rawValue),
        "time": .string(transfer.timeMinutes.compactText),
        "cost_usd": usd(transfer.costCents), "marker-color": "#555555", "marker-size": "small",
      ])
  }

  /// A step that happens at one city: a new document, an operator's fee, a customs clearance;
  /// nil for a leg or a transfer (lines: `legFeature`, `transferFeature`).
  static func pointFeature(_ step: ItineraryStep, step position: Int, network: TransportNetwork)
    throws(GeoJSONExportError) -> GeoJSONFeature?
  {
    let at: CityRef
    var properties: [String: JSONValue] = ["step": .integer(Int64(position)), "marker-size": "small"]
    switch step {
    case .document(let document):
      at = document.at
      properties.merge([
        "kind": "document", "regime": .string(document.regime.rawValue),
        "regime_name": .string(document.regime.displayName), "reason": .string(document.reason),
        "time_minutes": .integer(document.timeMinutes.rawValue),
        "time": .string(document.timeMinutes.compactText), "cost_usd": usd(document.costCents),
        "marker-color": "#555555",
      ]) { $1 }
    case .fee(let fee):
      at = fee.at
      properties.merge([
        "kind": "fee", "operator": .string(fee.operatorID),
        "operator_name": .string(fee.operatorName), "reason": .string(fee.reason),
        "time_minutes": .integer(fee.timeMinutes.rawValue),
        "time": .string(fee.timeMinutes.compactText), "cost_usd": usd(fee.costCents),
        "marker-color": "#555555",
      ]) { $1 }
    case .border(let border):
      at = border.at
      properties.merge([
        "kind": "customs", "name": .string(border.name),
        "crossing_kind": .string(border.kind.rawValue), "from_territory": .string(border.fromTerritory),
        "to_territory": .string(border.toTerritory),
        "time_minutes": .integer(border.timeMinutes.rawValue),
        "time": .string(border.timeMinutes.compactText),
        "cost_usd": usd(border.costCents), "marker-color": "#222222",
      ]) { $1 }
    case .leg, .transfer:
      return nil
    }
    properties["city"] = .string(at.name)
    guard let cityID = network.cityID(at.id) else { throw .unknownCity(at.id) }
    return GeoJSONFeature(
      id: "step:\(position)", geometry: .point(network.city(cityID).point), properties: properties)
  }

  /// A city the route starts, stops or ends at.
  static func stopFeature(_ city: CityRef, role: String, network: TransportNetwork)
    throws(GeoJSONExportError) -> GeoJSONFeature
  {
    guard let cityID = network.cityID(city.id) else { throw .unknownCity(city.id) }
    return GeoJSONFeature(
      id: "\(role):\(city.id)", geometry: .point(network.city(cityID).point),
      properties: [
        "kind": "city", "role": .string(role), "id": .string(city.id), "name": .string(city.name),
        "country": .string(city.country), "marker-color": role == "stop" ? "#555555" : "#111111",
        "marker-size": role == "stop" ? "small" : "medium",
      ])
  }

  /// The line of a leg, in its direction of travel.
  static func legPath(_ leg: Leg, network: TransportNetwork) throws(GeoJSONExportError) -> GeoPath {
    guard let serviceID = network.serviceID(leg.service) else { throw .unknownService(leg.service) }
    let service = network.service(serviceID)
    let path = GeoPath.service(service, in: network)
    return service.from == leg.from.id ? path : path.reversed()
  }
}
