/// Resolves the records' string references into dense indices, checks every value, and lists
/// the arcs. Collects every issue instead of stopping at the first.
///
/// One extension per concern: `+Records` (ids, sources, territories, cities, terminals, carriers,
/// border crossings), `+Arcs` (services and transfers), `+Crossings` (the customs crossing an arc
/// makes), `+Timetables`, `+Documents` (regimes, contexts, operators), `+Dates`, `+CargoClasses`.
struct NetworkBuilder {
  let data: NetworkData
  var issues: [NetworkIssue] = []

  var sourceIDs: Set<String> = []
  var territoryIndex: [String: TerritoryID] = [:]
  var countryTerritory: [String: TerritoryID] = [:]
  var cityIndex: [String: CityID] = [:]
  /// Per city: its customs territory, or nil when its country is unknown (an issue).
  var cityTerritory: [TerritoryID?] = []
  var terminalIndex: [String: TerminalID] = [:]
  /// Per terminal: its city, or nil when the city is unknown (an issue).
  var terminalCity: [CityID?] = []
  var carrierIndex: [String: CarrierID] = [:]
  var serviceIndex: [String: ServiceID] = [:]
  var borderCrossingIndex: [String: BorderCrossingID] = [:]
  /// Land crossings by unordered city pair.
  var crossingByCityPair: [CityPair: BorderCrossingID] = [:]
  var arcs: [PendingArc] = []
  var crossings: [CustomsCrossing] = []
  var crossingIndex: [CrossingKey: Int32] = [:]
  var timetables: [Timetable] = []
  /// Per service: its non-rail document context (mode and carrier), or
  /// `DocumentContext.railService` for rail.
  var serviceContext: [Int32] = []
  var contextCount: Int32 = DocumentContext.firstCarrierContext
  /// Per operator: the services it can contract.
  var operatorServices: [Set<Int32>] = []

  init(data: NetworkData) { self.data = data }

  /// Two cities in either order: a land border crossing joins them both ways.
  struct CityPair: Hashable {
    var low: CityID
    var high: CityID
    init(_ a: CityID, _ b: CityID) {
      low = min(a, b)
      high = max(a, b)
    }
  }

  /// What makes two arcs' customs crossings the same: the territories and, over land, the border
  /// crossing.
  struct CrossingKey: Hashable {
    var land: BorderCrossingID?
    var from: TerritoryID
    var to: TerritoryID
  }

  mutating func issue(
    _ table: NetworkIssue.Table, _ index: Int?, _ id: String, _ field: String?, _ message: String
  ) {
    issues.append(
      NetworkIssue(table: table, recordIndex: index, recordID: id, field: field, message: message))
  }

  mutating func build() {
    indexSources()
    indexTerritoriesAndCountries()
    indexCities()
    indexTerminals()
    indexCarriers()
    indexBorderCrossings()
    addServiceArcs()
    addTransferArcs()
    attachTimetables()
    indexDocuments()
    checkDates()
    checkCargoClassSurcharges()
    checkEmissionFactors()
    checkExchangeRates()
  }
}
