import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteTestSupport
import Testing

@testable import SilkRouteCLI

/// The container offer under a loose cargo's route table.
@Suite struct ContainerOfferTextTests {
  /// The headline names the mix, its weight, its price and the loose price it beats, then the
  /// offer's own table follows with its totals.
  @Test func headlineThenTheContainersRoute() throws {
    let response = try BundledService.shared.get().answer(
      RouteRequest(from: "Jiaozhou", to: "Almaty", cargo: .init(unit: "kg", count: 30_000)))
    let offer = try #require(response.containerOffer)
    let loose = try #require(response.itinerary)
    let text = ContainerOfferText.render(offer)
    let lines = text.split(separator: "\n").map(String.init)
    let mix = offer.containers.containerLoads.map(\.description).joined(separator: "+")
    let cost = offer.itinerary.totals.costCents
    #expect(
      lines[0]
        == "In containers: \(mix) carrying 30000 kg, USD \(cost.dollarsText) — "
        + "USD \((loose.totals.costCents - cost).dollarsText) less than loose (USD \(loose.totals.costCents.dollarsText)); "
        + "cheapest of \(offer.mixesCompared) mixes.")
    #expect(text.hasSuffix(ItineraryTable.render(offer.itinerary)))
    #expect(text.contains("Total: USD \(cost.dollarsText),"))
  }

  @Test func saysWhenLooseIsCheaper() throws {
    let response = try BundledService.shared.get().answer(
      RouteRequest(from: "Jiaozhou", to: "Almaty", cargo: .init(unit: "kg", count: 800)))
    let offer = try #require(response.containerOffer)
    if offer.cheaper == .loose {
      #expect(ContainerOfferText.render(offer).contains("more than loose"))
    } else {
      Issue.record("800 kg is expected to be cheaper loose: \(String(describing: offer.cheaper))")
    }
  }
}
