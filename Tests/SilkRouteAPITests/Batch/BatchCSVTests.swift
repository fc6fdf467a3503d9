import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// A batch's CSV rows: a loose cargo's row ends with its container offer's mix and cost.
@Suite struct BatchCSVTests {
  func row(_ request: RouteRequest) throws -> [String] {
    let response = try BundledService.shared.get().answer(request)
    let result = BatchResult(index: 0, line: 2, id: "PO-1", request: request, result: .success(response))
    var line = BatchCSV.row(result) { _ in "" }
    if line.hasSuffix("\r\n") { line.removeLast() }
    // The route summary holds no comma or quote on these routes.
    return line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func looseRowsEndWithTheContainerOffer() throws {
    let header = BatchCSV.header.dropLast().split(separator: ",").map(String.init)
    var loose = RouteRequest(from: "Jiaozhou", to: "Almaty", cargo: .init(unit: "kg", count: 30_000))
    let response = try BundledService.shared.get().answer(loose)
    let offer = try #require(response.containerOffer)
    let fields = try row(loose)
    #expect(fields.count == header.count)
    #expect(Array(header.suffix(2)) == ["container_offer", "container_offer_cost_usd"])
    #expect(
      Array(fields.suffix(2))
        == [
          offer.containers.containerLoads.map(\.description).joined(separator: "+"),
          offer.itinerary.totals.costCents.dollarsText,
        ])
    loose.containerOffer = false
    #expect(try row(loose).suffix(2) == ["", ""])
    #expect(try row(RouteRequest(from: "Jiaozhou", to: "Almaty")).suffix(2) == ["", ""])
  }
}
