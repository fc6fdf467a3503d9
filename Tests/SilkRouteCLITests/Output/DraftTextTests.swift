import SilkRoute
import SilkRouteAPI
import SilkRouteTestSupport
import Testing

@testable import SilkRouteCLI

/// `--bl-draft`: the draft as labelled lines, labels padded to one column.
@Suite struct DraftTextTests {
  @Test func everyFieldOnALabelledLine() throws {
    var request = RouteRequest(
      from: "Jiaozhou", to: "Moscow", cargo: .init(unit: "FEU", count: 1, declaredValueUSD: "180000"),
      billOfLadingDraft: true)
    request.constraints = .init(singleBillOfLading: true)
    let draft = try #require(try BundledService.shared.get().answer(request).billOfLadingDraft)
    let text = DraftText.render(draft)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "Draft multimodal transport document")
    let labels = [
      "Document", "Multimodal transport operator", "Shipper", "Consignee", "Notify party", "Place of receipt",
      "Place of delivery", "Taking in charge", "Expected delivery", "Intended route",
      "Places of transshipment",
      "Goods", "Declared value", "Freight", "Freight total", "Originals", "Liability",
    ]
    let width = labels.map(\.count).max() ?? 0
    for (label, line) in zip(labels, lines.dropFirst()) {
      #expect(line.hasPrefix(label + String(repeating: " ", count: width - label.count) + "  "), "\(line)")
    }
    #expect(text.contains("Declared value" + String(repeating: " ", count: width - 14) + "  USD 180000.00"))
    #expect(text.contains("Freight total" + String(repeating: " ", count: width - 13) + "  USD "))
    #expect(text.hasSuffix("\n"))
  }
}
