import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteStore
import Testing

/// The booking-system example of the DocC catalog (`SilkRouteAPI.docc/QuotingAShipment.md`),
/// compiled and run: if it stops compiling or answering, this test fails.
@Suite struct BookingExampleTests {
  @Test func quoteAShipmentAndReadItsDocumentPlan() throws {
    // 1. Open the network once at start-up and share the service between all request handlers.
    let store = try BundledNetwork.open()  // or NetworkStore(path: "/var/lib/silkroute/scoda.sqlite")
    let data = try store.load()
    let service = BookingService(
      network: try TransportNetwork(data),
      dataVersion: try store.datasetVersion() ?? NetworkStore.version(of: data))

    // 2. A request as the booking front end sends it: two 40' containers of reefer cargo worth
    //    USD 180,000, Jiaozhou to Moscow, one through bill of lading required.
    var request = RouteRequest(
      from: "Jiaozhou", to: "Moscow",
      cargo: .init(unit: "FEU", count: 2, cargoClass: "reefer", declaredValueUSD: "180000"),
      objective: "cheapest")
    request.constraints = RouteRequest.ConstraintSpec()
    request.constraints?.singleBillOfLading = true

    // 3. Quote it.
    let quote = try service.answer(request)
    let itinerary = try #require(quote.itinerary)
    let price = itinerary.totals.costCents.dollarsText  // "…" US dollars, exact cents
    let days = itinerary.totals.timeMinutes.days

    // 4. Read the document plan: who issues the through B/L, and what it covers.
    let plan = try #require(itinerary.documentPlan)
    let issuer = plan.issuer ?? plan.documents.first?.issuer ?? "—"
    let legsCovered = plan.documents.first?.legs ?? []

    // 5. Store the stamps with the booking so it can be reproduced later.
    let stamp = (quote.apiVersion, quote.dataVersion, quote.tariffDates?.latest ?? "")

    #expect(!price.isEmpty && days > 0)
    #expect(plan.kind != .segmented && !issuer.isEmpty && legsCovered.count == itinerary.legs.count)
    #expect(stamp.0 == "1" && stamp.1.count == 16)
  }
}
