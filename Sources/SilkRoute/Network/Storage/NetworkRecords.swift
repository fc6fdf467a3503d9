import Foundation

/// The records a network was built from — names, sources, notes, everything an itinerary or an
/// export prints and a search never reads. Held in memory when the network was built from
/// `NetworkData`; read on demand from a compiled snapshot otherwise: one record at a time
/// (`service(_:)`, `city(_:)`, …), a table when first asked for (decoded once, then kept), and
/// the whole `NetworkData` only when something needs all of it (exports, diagrams).
///
/// Thread-safe: decoded tables are kept under a lock.
public final class NetworkRecords: @unchecked Sendable {
  /// The records, when the network was built from them.
  private let held: NetworkData?
  private let source: (any RecordSource)?
  private let lock = NSLock()
  /// Tables decoded from `source` so far, by table.
  private var decoded: [RecordTable: AnyObject] = [:]
  /// Records read one at a time so far, by table (while the table is not decoded whole).
  private var singleReads: [RecordTable: Int] = [:]
  private var assembled: NetworkData?

  init(_ data: NetworkData) {
    held = data
    source = nil
  }

  /// Records read from `source`; a table of at most `wholeTableLimit` records is decoded whole
  /// once its records are read often enough that decoding it whole costs less than reading them
  /// one by one (see `wholeTableLimit`).
  package init(source: any RecordSource, wholeTableLimit: Int = NetworkRecords.wholeTableLimit) {
    held = nil
    self.source = source
    tableLimit = wholeTableLimit
  }

  private var tableLimit = NetworkRecords.wholeTableLimit

  /// The cities' name index compiled with the records (a snapshot's), or nil: then
  /// `CityNameMatcher` builds it from the city records.
  package var compiledCityNames: CompiledCityNames? { source?.cityNames }

  /// Whether the records are read on demand (from a snapshot).
  public var isOnDemand: Bool { held == nil }

  /// Every record, as one value (decoding every table the first time, when read on demand).
  public var all: NetworkData {
    if let held { return held }
    lock.lock()
    if let assembled {
      lock.unlock()
      return assembled
    }
    lock.unlock()
    var data = NetworkData()
    data.sources = sources
    data.customsTerritories = customsTerritories
    data.countries = countries
    data.cities = cities
    data.terminals = terminals
    data.carriers = carriers
    data.services = services
    data.transfers = transfers
    data.borderCrossings = borderCrossings
    data.timetables = timetables
    data.documentRegimes = documentRegimes
    data.operators = operators
    data.operatorCoverage = operatorCoverage
    data.cargoClassSurcharges = cargoClassSurcharges
    data.emissionFactors = emissionFactors
    data.exchangeRates = exchangeRates
    data.edition = edition
    lock.lock()
    defer { lock.unlock() }
    assembled = data
    return data
  }

  // MARK: Tables

  public var sources: [SourceRecord] { held?.sources ?? table(.sources, \.sources) }
  public var customsTerritories: [CustomsTerritoryRecord] {
    held?.customsTerritories ?? table(.customsTerritories, \.customsTerritories)
  }
  public var countries: [CountryRecord] { held?.countries ?? table(.countries, \.countries) }
  public var cities: [CityRecord] { held?.cities ?? table(.cities, \.cities) }
  public var terminals: [TerminalRecord] { held?.terminals ?? table(.terminals, \.terminals) }
  public var carriers: [CarrierRecord] { held?.carriers ?? table(.carriers, \.carriers) }
  public var services: [ServiceRecord] { held?.services ?? table(.services, \.services) }
  public var transfers: [TransferRecord] { held?.transfers ?? table(.transfers, \.transfers) }
  public var borderCrossings: [BorderCrossingRecord] {
    held?.borderCrossings ?? table(.borderCrossings, \.borderCrossings)
  }
  public var timetables: [TimetableRecord] { held?.timetables ?? table(.timetables, \.timetables) }
  public var documentRegimes: [DocumentRegimeRecord] {
    held?.documentRegimes ?? table(.documentRegimes, \.documentRegimes)
  }
  public var operators: [OperatorRecord] { held?.operators ?? table(.operators, \.operators) }
  public var operatorCoverage: [OperatorCoverageRecord] {
    held?.operatorCoverage ?? table(.operatorCoverage, \.operatorCoverage)
  }
  public var cargoClassSurcharges: [CargoClassSurchargeRecord] {
    held?.cargoClassSurcharges ?? table(.cargoClassSurcharges, \.cargoClassSurcharges)
  }
  public var emissionFactors: [EmissionFactorRecord] {
    held?.emissionFactors ?? table(.emissionFactors, \.emissionFactors)
  }
  public var exchangeRates: [ExchangeRateRecord] {
    held?.exchangeRates ?? table(.exchangeRates, \.exchangeRates)
  }
  public var edition: EditionRecord? { held.map(\.edition) ?? source?.edition }

  // MARK: One record

  // Each reads held records straight from their array: through `held?.table`, not a copy of the
  // whole `NetworkData` and a key path (an itinerary reads a few records per leg, and an
  // all-pairs Pareto matrix builds tens of thousands of itineraries).
  public func city(_ index: Int) -> CityRecord { held?.cities[index] ?? record(.cities, \.cities, index) }
  public func terminal(_ index: Int) -> TerminalRecord {
    held?.terminals[index] ?? record(.terminals, \.terminals, index)
  }
  public func carrier(_ index: Int) -> CarrierRecord {
    held?.carriers[index] ?? record(.carriers, \.carriers, index)
  }
  public func service(_ index: Int) -> ServiceRecord {
    held?.services[index] ?? record(.services, \.services, index)
  }
  public func transfer(_ index: Int) -> TransferRecord {
    held?.transfers[index] ?? record(.transfers, \.transfers, index)
  }
  public func borderCrossing(_ index: Int) -> BorderCrossingRecord {
    held?.borderCrossings[index] ?? record(.borderCrossings, \.borderCrossings, index)
  }
  public func territory(_ index: Int) -> CustomsTerritoryRecord {
    held?.customsTerritories[index] ?? record(.customsTerritories, \.customsTerritories, index)
  }

  /// Whether `table` is held decoded whole (always, for records held in memory).
  package func isDecodedWhole(_ table: RecordTable) -> Bool {
    guard source != nil else { return true }
    lock.lock()
    defer { lock.unlock() }
    return decoded[table] != nil
  }

  /// The number of records in `table`, without decoding any.
  public func count(_ table: RecordTable) -> Int {
    if let source { return source.count(of: table) }
    return all.count(of: table)
  }

  private func table<Record: Decodable>(_ table: RecordTable, _ path: KeyPath<NetworkData, [Record]>)
    -> [Record]
  {
    guard let source else { return held?[keyPath: path] ?? [] }
    lock.lock()
    defer { lock.unlock() }
    if let box = decoded[table] as? DecodedTable<Record> { return box.records }
    let records = (0..<source.count(of: table)).map { source.record(Record.self, of: table, at: $0) }
    decoded[table] = DecodedTable(records)
    return records
  }

  /// Tables of at most this many records are decoded whole and then served from memory, once
  /// they have been read `count / wholeTableReadShare + 1` times a record at a time (a table of
  /// 64 records on its first read, one of 65,536 after 1,025 reads): a long-running service that
  /// reads many records of a table decodes it once (a few milliseconds at most), and a one-off
  /// command that prints a handful of records of a network of a million services decodes only
  /// those. Larger tables (services, timetables, terminals of such a network) are always read a
  /// record at a time.
  public static let wholeTableLimit = 65_536
  /// See `wholeTableLimit`.
  package static let wholeTableReadShare = 64

  private func record<Record: Decodable>(
    _ table: RecordTable, _ path: KeyPath<NetworkData, [Record]>, _ index: Int
  ) -> Record {
    guard let source else { preconditionFailure("records without a source") }
    let count = source.count(of: table)
    precondition(index >= 0 && index < count, "record index out of range")
    guard count <= tableLimit else { return source.record(Record.self, of: table, at: index) }
    lock.lock()
    if let box = decoded[table] as? DecodedTable<Record> {
      lock.unlock()
      return box.records[index]
    }
    let reads = singleReads[table, default: 0]
    singleReads[table] = reads + 1
    lock.unlock()
    if reads >= count / Self.wholeTableReadShare { return self.table(table, path)[index] }
    return source.record(Record.self, of: table, at: index)
  }
}

extension NetworkData {
  /// The number of records in `table`.
  public func count(of table: RecordTable) -> Int {
    switch table {
    case .sources: sources.count
    case .customsTerritories: customsTerritories.count
    case .countries: countries.count
    case .cities: cities.count
    case .terminals: terminals.count
    case .carriers: carriers.count
    case .services: services.count
    case .transfers: transfers.count
    case .borderCrossings: borderCrossings.count
    case .timetables: timetables.count
    case .documentRegimes: documentRegimes.count
    case .operators: operators.count
    case .operatorCoverage: operatorCoverage.count
    case .cargoClassSurcharges: cargoClassSurcharges.count
    case .emissionFactors: emissionFactors.count
    case .exchangeRates: exchangeRates.count
    }
  }
}
