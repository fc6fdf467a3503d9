import SilkRoute
import SilkRouteAPI
import SilkRouteTestSupport
import Testing

@testable import SilkRouteCLI

/// The document plan under the table: one through B/L and its issuer, one carrier's document, or
/// the documents leg by leg and why one B/L is impossible; the liability gap when a value is
/// declared.
@Suite struct DocumentPlanTextTests {
  static let requests: [RouteRequest] = {
    let valued = RouteRequest.CargoSpec(unit: "FEU", count: 1, declaredValueUSD: "180000")
    var single = RouteRequest(from: "Jiaozhou", to: "Moscow", cargo: valued)
    single.constraints = .init(singleBillOfLading: true)
    var singleToHamburg = RouteRequest(from: "Jiaozhou", to: "Hamburg", cargo: valued)
    singleToHamburg.constraints = .init(singleBillOfLading: true)
    return [
      single, singleToHamburg, RouteRequest(from: "Jiaozhou", to: "Hamburg", cargo: valued),
      RouteRequest(from: "Jiaozhou", to: "Hamburg", objective: "fastest"),
      RouteRequest(from: "Jiaozhou", to: "Almaty"), RouteRequest(from: "Jiaozhou", to: "Rotterdam"),
    ]
  }()

  @Test func eachKindOfPlanIsRenderedItsWay() throws {
    var kinds: Set<String> = []
    for request in Self.requests {
      guard let plan = try BundledService.shared.get().answer(request).itinerary?.documentPlan else {
        continue
      }
      kinds.insert("\(plan.kind)")
      let text = DocumentPlanText.render(plan)
      let context = "\(request.from)–\(request.to): \(text)"
      switch plan.kind {
      case .throughBillOfLading:
        #expect(
          text.hasPrefix("Documents: one through multimodal B/L by \(plan.issuer ?? "?")"), "\(context)")
      case .singleCarrierDocument:
        let document = try #require(plan.documents.first)
        #expect(text.hasPrefix("Documents: one \(DocumentPlanText.describe(document))\n"), "\(context)")
      case .segmented:
        #expect(text.hasPrefix("Documents (\(plan.documents.count)): "), "\(context)")
        #expect(text.contains("No single B/L: ") == (plan.reason != nil), "\(context)")
      }
      if let gap = plan.liability?.uninsuredGapCents, plan.liability?.declaredValueCents != nil {
        #expect(
          text.contains(
            "Liability: declared USD 180000.00; largest uncovered amount USD \(gap.dollarsText) "),
          "\(context)")
      } else {
        #expect(!text.contains("Liability:"), "\(context)")
      }
    }
    #expect(kinds.count >= 2, "\(kinds)")
  }

  @Test func documentsAreDescribedByTypePlacesLegsAndIssuer() throws {
    let plan = try #require(
      try BundledService.shared.get().answer(RouteRequest(from: "Jiaozhou", to: "Hamburg")).itinerary?
        .documentPlan)
    for document in plan.documents {
      let described = DocumentPlanText.describe(document)
      #expect(described.hasPrefix("\(document.type) \(document.from.name)–\(document.to.name) ("))
      #expect(described.hasSuffix(", \(document.issuer))"))
      #expect(described.contains(document.legs.count == 1 ? "(leg \(document.legs[0])," : "(legs "))
    }
  }
}
