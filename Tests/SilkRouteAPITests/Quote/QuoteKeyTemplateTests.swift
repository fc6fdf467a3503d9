import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// A matrix's template gives every pair the id of the pair's own key.
@Suite struct QuoteKeyTemplateTests {
  /// Every request variant of the key tests, on seeded random pairs of cities (ids and names).
  @Test func givesEachPairTheIDOfItsOwnKey() throws {
    let service = try BundledService.shared.get()
    let cities = service.network.records.cities
    let seed: UInt64 = 7
    var random = SplitMix64(seed: seed)
    for (field, change) in QuoteKeyTests.variants {
      var request = QuoteKeyTests.base
      change(&request)
      let template = try #require(QuoteKeyTemplate(key: service.quoteKey(for: request.plan())), "\(field)")
      for _ in 0..<8 {
        let from = cities[Int(random.next() % UInt64(cities.count))]
        let to = cities[Int(random.next() % UInt64(cities.count))]
        var pair = request
        pair.from = random.next() % 2 == 0 ? from.id : from.name
        pair.to = to.name
        let own = try service.quoteKey(for: pair.plan()).id
        #expect(template.id(from: from.id, to: to.id) == own, "seed \(seed), \(field): \(from.id)→\(to.id)")
      }
    }
  }

  /// A request that itself holds a placeholder gets no template (its cells encode their keys).
  @Test func aRequestHoldingAPlaceholderHasNone() throws {
    let service = try BundledService.shared.get()
    var request = QuoteKeyTests.base
    request.constraints = .init(via: ["\u{0}origin\u{0}"])
    #expect(QuoteKeyTemplate(key: service.quoteKey(for: try request.plan())) == nil)
  }
}
