import Foundation
import SilkRoute
import SilkRouteGeoJSON
import Testing

/// The network and itineraries as GeoJSON FeatureCollections.
struct GeoJSONExportTests {
  let network = ReferenceNetwork.network

  func json(_ collection: GeoJSONFeatureCollection) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: collection.jsonData())
    return try #require(object as? [String: Any])
  }

  func features(_ json: [String: Any], kind: String) -> [[String: Any]] {
    (json["features"] as? [[String: Any]] ?? []).filter {
      ($0["properties"] as? [String: Any])?["kind"] as? String == kind
    }
  }

  @Test func networkHasEveryTerminalAndService() throws {
    let json = try json(GeoJSONExport.networkFeatureCollection(network: network))
    #expect(json["type"] as? String == "FeatureCollection")
    #expect((json["bbox"] as? [Double])?.count == 4)
    let terminals = features(json, kind: "terminal")
    let services = features(json, kind: "service")
    #expect(terminals.count == network.terminalCount)
    #expect(services.count == network.data.services.count)
    for feature in services {
      let properties = try #require(feature["properties"] as? [String: Any])
      for key in [
        "id", "mode", "carrier", "carrier_name", "time_minutes", "cost_usd_per_feu", "co2_kg_per_feu",
      ] {
        #expect(properties[key] != nil, "\(key) missing")
      }
      let geometry = try #require(feature["geometry"] as? [String: Any])
      #expect(geometry["type"] as? String == "LineString")
      let coordinates = try #require(geometry["coordinates"] as? [[Double]])
      #expect(coordinates.count >= 2 && coordinates.allSatisfy { $0.count == 2 })
    }
  }

  @Test func positionsAreLongitudeThenLatitude() throws {
    let json = try json(GeoJSONExport.networkFeatureCollection(network: network))
    let moscow = try #require(
      features(json, kind: "terminal").first {
        ($0["properties"] as? [String: Any])?["id"] as? String == "moscow-rail"
      })
    let coordinates = try #require((moscow["geometry"] as? [String: Any])?["coordinates"] as? [Double])
    #expect(coordinates == [37.62, 55.76])
  }

  @Test func seaServicesFollowLanesAndAirServicesGreatCircles() throws {
    let json = try json(GeoJSONExport.networkFeatureCollection(network: network))
    for feature in features(json, kind: "service") {
      let properties = try #require(feature["properties"] as? [String: Any])
      let coordinates = (feature["geometry"] as? [String: Any])?["coordinates"] as? [[Double]] ?? []
      switch properties["mode"] as? String {
      case "sea":
        #expect(properties["line"] as? String == "sea-lanes")
        // Qingdao to Europe passes the Suez Canal or the Cape, never a straight line over Asia.
        if properties["id"] as? String == "sea-qingdao-rotterdam-suez" {
          #expect(coordinates.contains { abs($0[0] - 32.55) < 0.01 && abs($0[1] - 29.9) < 0.01 })
        }
      case "air":
        #expect(properties["line"] as? String == "great-circle")
        #expect(coordinates.count > 2 || (properties["distance_km"] as? Int ?? 0) < 400)
      default:
        #expect(coordinates.count == 2)
      }
    }
  }

  @Test func selectionFiltersTheExport() throws {
    let json = try json(
      GeoJSONExport.networkFeatureCollection(network: network, selection: NetworkSelection(modes: [.air])))
    #expect(
      features(json, kind: "service").allSatisfy {
        ($0["properties"] as? [String: Any])?["mode"] as? String == "air"
      })
    #expect(
      features(json, kind: "terminal").allSatisfy {
        ($0["properties"] as? [String: Any])?["mode"] as? String == "air"
      })
  }

  @Test func routeHasItsTotalsLegsAndStops() throws {
    let itinerary = try RoutePlanner(network: network).route(RouteQuery(from: "Jiaozhou", to: "Hamburg"))
    let collection = try GeoJSONExport.routeFeatureCollection(itinerary: itinerary, network: network)
    let json = try json(collection)
    let all = json["features"] as? [[String: Any]] ?? []
    let summary = try #require(all.first?["properties"] as? [String: Any])
    #expect(summary["kind"] as? String == "route")
    #expect(summary["cost_usd"] as? Double == Double(itinerary.totals.costCents.rawValue) / 100)
    #expect(summary["time_minutes"] as? Int == Int(itinerary.totals.timeMinutes.rawValue))
    let legs = features(json, kind: "leg")
    #expect(legs.count == itinerary.legs.count)
    #expect(
      legs.map { ($0["properties"] as? [String: Any])?["service"] as? String }
        == itinerary.legs.map(\.service))
    let cities = features(json, kind: "city").compactMap {
      ($0["properties"] as? [String: Any])?["role"] as? String
    }
    #expect(cities.first == "origin" && cities.last == "destination")
    // Each leg starts where the previous one ended.
    let lines = legs.compactMap { ($0["geometry"] as? [String: Any])?["coordinates"] as? [[Double]] }
    for (a, b) in zip(lines, lines.dropFirst()) where a.last != b.first {
      #expect(features(json, kind: "transfer").count > 0)
    }
  }

  /// Every step is a feature with its price: a through B/L's fee too, so the steps' `cost_usd`
  /// add up to the route's.
  @Test func stepsAddUpToTheRouteIncludingTheBLFee() throws {
    let itinerary = try RoutePlanner(network: network).route(RouteQuery(from: "Jiaozhou", to: "Busan"))
    guard case .fee(let fee) = itinerary.steps.first else {
      Issue.record("Jiaozhou–Busan is no longer booked under a through B/L: pick another route")
      return
    }
    let json = try json(GeoJSONExport.routeFeatureCollection(itinerary: itinerary, network: network))
    let fees = features(json, kind: "fee").compactMap { $0["properties"] as? [String: Any] }
    #expect(fees.count == 1)
    #expect(fees.first?["operator"] as? String == fee.operatorID)
    #expect(fees.first?["step"] as? Int == 1)
    #expect(fees.first?["cost_usd"] as? Double == Double(fee.costCents.rawValue) / 100)
    let steps = (json["features"] as? [[String: Any]] ?? []).compactMap { $0["properties"] as? [String: Any] }
      .filter { $0["step"] != nil }
    #expect(steps.count == itinerary.steps.count)
    let cents = steps.reduce(0) { $0 + Int((($1["cost_usd"] as? Double ?? 0) * 100).rounded()) }
    #expect(cents == Int(itinerary.totals.costCents.rawValue))
  }

  @Test func anItineraryFromAnotherNetworkIsAnError() throws {
    var itinerary = try RoutePlanner(network: network).route(RouteQuery(from: "Jiaozhou", to: "Almaty"))
    let first = try #require(itinerary.steps.firstIndex { if case .leg = $0 { true } else { false } })
    guard case .leg(var leg) = itinerary.steps[first] else { return }
    leg.service = "gone"
    itinerary.steps[first] = .leg(leg)
    #expect(throws: GeoJSONExportError.unknownService("gone")) {
      try GeoJSONExport.routeFeatureCollection(itinerary: itinerary, network: network)
    }
  }

  @Test func outputIsDeterministic() throws {
    let a = try GeoJSONExport.networkFeatureCollection(network: network).jsonData()
    let b = try GeoJSONExport.networkFeatureCollection(network: network).jsonData()
    #expect(a == b)
  }
}
