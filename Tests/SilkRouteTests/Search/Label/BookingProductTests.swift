import Testing

@testable import SilkRoute

/// `BookingProduct.products(for:)`: leg by leg, plus a through B/L for each operator serving both
/// ends; one product that ignores documents when the network does not model them.
@Suite struct BookingProductTests {
  static func graph(_ data: NetworkData, from: String = "Alpha", to: String = "Charlie") throws -> QueryGraph
  {
    let network = try TransportNetwork(data)
    return try QueryGraph(
      query: RouteQuery(from: from, to: to), network: network, resolver: CityResolver(network: network))
  }

  static func operatorRecord(_ id: String, places: [String], absorbs: Bool, fee: Int64) -> OperatorRecord {
    OperatorRecord(
      id: id, name: id, country: "XA", places: places, absorbsRegimeBreaks: absorbs,
      liabilityPerKilogram: SDR(rawValue: 833), fee: Cents(fee), illustrative: true, sources: ["s"])
  }

  @Test func withoutDocumentsOneProductIgnoresThem() throws {
    let products = BookingProduct.products(for: try Self.graph(LineNetwork.data()))
    #expect(products.count == 1)
    #expect(products[0].mode == .ignore && products[0].fee == 0 && products[0].operatorIndex == nil)
  }

  @Test func everyOperatorServingBothEndsOffersItsBillOfLading() throws {
    var data = LineNetwork.data()
    RandomNetwork.addDocuments(to: &data, seed: 1)
    data.countries.append(CountryRecord(code: "XB", name: "Xbase", customsTerritory: "ta", sources: ["s"]))
    data.operators = [
      Self.operatorRecord("serves", places: ["XA"], absorbs: true, fee: 700),
      Self.operatorRecord("elsewhere", places: ["XB"], absorbs: false, fee: 100),
      Self.operatorRecord("strict", places: ["XB", "XA"], absorbs: false, fee: 0),
    ]
    data.operatorCoverage = []
    let products = BookingProduct.products(for: try Self.graph(data))
    #expect(products.count == 3)
    #expect(products[0].mode == .segmented && products[0].operatorIndex == nil && products[0].fee == 0)
    #expect(products[1].mode == .singleOperator(absorbsRegimeBreaks: true))
    #expect(products[1].operatorIndex == 0 && products[1].fee == 700)
    #expect(products[2].mode == .singleOperator(absorbsRegimeBreaks: false))
    #expect(products[2].operatorIndex == 2 && products[2].fee == 0)
  }
}
