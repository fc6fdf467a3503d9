import Testing

@testable import SilkRoute

/// `LabelSearchConfigurator`: the dominance dimensions follow the criteria and the bounds, in the
/// objective's order; the bounds and the budget reach the configuration.
@Suite struct LabelSearchConfiguratorTests {
  static func graph(_ query: RouteQuery, documents: Bool = false) throws -> QueryGraph {
    var data = LineNetwork.data()
    if documents { RandomNetwork.addDocuments(to: &data, seed: 1) }
    let network = try TransportNetwork(data)
    return try QueryGraph(query: query, network: network, resolver: CityResolver(network: network))
  }

  @Test func dimensionsFollowCriteriaAndBounds() throws {
    let configurator = LabelSearchConfigurator()
    var query = RouteQuery(from: "Alpha", to: "Charlie", objective: .fastest)
    var search = configurator.search(try Self.graph(query), criteria: Criterion.standard)
    #expect(search.configuration.dominance == [.time, .cost, .co2])
    #expect(search.configuration.documents == .ignore && !search.configuration.lexicographic)
    search = configurator.search(try Self.graph(query), criteria: [.co2])
    #expect(search.configuration.dominance == [.co2])
    query.constraints = RouteConstraints(
      maxLegs: 3, maxTransfers: 1, budget: Cents(500_000), maxDuration: .days(2))
    search = configurator.search(try Self.graph(query), criteria: [.co2])
    let configuration = search.configuration
    #expect(configuration.dominance == [.time, .cost, .co2, .legs, .transfers])
    #expect(configuration.budget == 500_000 && configuration.maxDuration == 2880)
    #expect(
      configuration.maxLegs == 3 && configuration.maxTransfers == 1 && configuration.maxDocuments == nil)
  }

  @Test func documentsJoinWhenCountedOrBounded() throws {
    let configurator = LabelSearchConfigurator()
    var query = RouteQuery(from: "Alpha", to: "Charlie")
    var search = configurator.search(try Self.graph(query, documents: true), criteria: [.cost, .documents])
    #expect(search.configuration.dominance == [.cost, .documents])
    #expect(search.configuration.documents == .segmented)
    query.constraints.singleDocument = true
    search = configurator.search(try Self.graph(query, documents: true), criteria: [.cost])
    #expect(search.configuration.dominance == [.cost, .documents] && search.configuration.maxDocuments == 1)
    search = configurator.search(
      try Self.graph(query, documents: true), criteria: [.cost],
      documents: .singleOperator(absorbsRegimeBreaks: true))
    #expect(search.configuration.dominance == [.cost])
  }

  @Test func theBestRouteSearchIsLexicographicForSimpleQueries() throws {
    let configurator = LabelSearchConfigurator()
    var query = RouteQuery(from: "Alpha", to: "Charlie", objective: .greenest)
    #expect(LabelSearchConfigurator.isSimple(query))
    var search = configurator.bestRouteSearch(try Self.graph(query))
    #expect(search.configuration.lexicographic && search.configuration.dominance == [.co2, .cost, .time])
    query.departure = Instant(minutesSinceEpoch: 29_000_000)
    #expect(!LabelSearchConfigurator.isSimple(query))
    search = configurator.bestRouteSearch(try Self.graph(query))
    #expect(!search.configuration.lexicographic && search.configuration.dominance == [.co2, .cost, .time])
    #expect(search.configuration.departure == 29_000_000)
  }

  @Test func theBudgetSetsTheLabelLimit() throws {
    let budget = SearchBudget(SearchLimits(labels: 123))
    let search = LabelSearchConfigurator(budget: budget).search(
      try Self.graph(RouteQuery(from: "Alpha", to: "Charlie")), criteria: [.cost])
    #expect(search.configuration.maxLabels == 123 && search.configuration.searchBudget != nil)
    let unbudgeted = LabelSearchConfigurator().search(
      try Self.graph(RouteQuery(from: "Alpha", to: "Charlie")), criteria: [.cost])
    #expect(unbudgeted.configuration.maxLabels == SearchLimits.defaultLabels)
  }
}
