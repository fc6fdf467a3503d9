import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// `cargo.items`: mixed equipment beside the classic `unit`/`count` form.
@Suite struct RouteRequestCargoItemsTests {
  func decode(_ json: String) throws -> RouteRequest { try RouteRequest.decode(json: Data(json.utf8)) }

  @Test func itemsPlanToOneMixedCargo() throws {
    let request = try decode(
      #"{"from": "Jiaozhou", "to": "Hamburg", "cargo": {"items": [{"unit": "FEU", "count": 2}, {"unit": "teu", "count": 1}], "cargoClass": "reefer"}}"#
    )
    #expect(request.ignoredFields.isEmpty)
    let cargo = try request.plan().query.cargo
    #expect(
      cargo.containerLoads == [ContainerLoad(2, .feu), ContainerLoad(1, .teu)] && cargo.cargoClass == .reefer)
    // Encoding keeps the items form; the classic form is unchanged.
    let again = try JSONDecoder().decode(RouteRequest.self, from: try JSONEncoder().encode(request))
    #expect(again.cargo == request.cargo)
    #expect(
      try decode(#"{"from": "A", "to": "B", "cargo": {"unit": "TEU", "count": 3}}"#).plan().query.cargo
        == .containers(3, .teu))
  }

  @Test func badItemsAreNamed() throws {
    func field(_ json: String) -> String? {
      do {
        _ = try decode(json).plan()
        return nil
      } catch let error as RequestError {
        return error.field
      } catch {
        return "\(error)"
      }
    }
    #expect(
      field(
        #"{"from": "A", "to": "B", "cargo": {"unit": "FEU", "count": 1, "items": [{"unit": "TEU", "count": 1}]}}"#
      ) == "cargo.items")
    #expect(
      field(#"{"from": "A", "to": "B", "cargo": {"items": [{"unit": "kg", "count": 800}]}}"#)
        == "cargo.items[0].unit")
    #expect(
      field(
        #"{"from": "A", "to": "B", "cargo": {"items": [{"unit": "FEU", "count": 1}, {"unit": "TEU", "count": 0}]}}"#
      ) == "cargo.items[1].count")
    #expect(field(#"{"from": "A", "to": "B", "cargo": {"items": []}}"#) == "cargo.items")
    // Neither form: the decoder's own error.
    #expect(throws: (any Error).self) {
      try decode(#"{"from": "A", "to": "B", "cargo": {"cargoClass": "general"}}"#)
    }
  }

  /// On the bundled network: every leg of a mixed shipment costs what its parts cost on it, per
  /// container type (both types have container rates on every service here), and the CO2 is that
  /// of the whole payload.
  @Test func legsArePricedPerContainerType() throws {
    let service = try BundledService.shared.get()
    var request = RouteRequest(from: "Jiaozhou", to: "Hamburg")
    request.cargo = .init(items: [.init(unit: "FEU", count: 2), .init(unit: "TEU", count: 1)])
    let mixed = try #require(try service.answer(request).itinerary)
    #expect(mixed.cargo.description == "2xFEU+1xTEU")
    let network = service.network
    for leg in mixed.legs {
      let id = try #require(network.serviceID(leg.service))
      let tariff = network.serviceTariff[id.index]
      let parts = [Cargo.containers(2, .feu), .containers(1, .teu)].map { tariff.charge(for: $0) }
      if let feu = parts[0], let teu = parts[1], tariff.perFEU != nil, tariff.perTEU != nil {
        #expect(leg.costCents == feu + teu, "\(leg.service)")
      }
      let whole = network.serviceIntensity[id.index].emissions(
        kilograms: 50_000, over: network.serviceDistance[id.index])
      #expect(leg.co2Grams == whole, "\(leg.service)")
    }
  }
}
