/// The network as plain records keyed by their human-readable ids: what the store reads and writes
/// and what `TransportNetwork` is built from. Every figure carries the ids of its sources.
public struct NetworkData: Hashable, Sendable, Codable {
  public var sources: [SourceRecord] = []
  public var customsTerritories: [CustomsTerritoryRecord] = []
  public var countries: [CountryRecord] = []
  public var cities: [CityRecord] = []
  public var terminals: [TerminalRecord] = []
  public var carriers: [CarrierRecord] = []
  public var services: [ServiceRecord] = []
  public var transfers: [TransferRecord] = []
  public var borderCrossings: [BorderCrossingRecord] = []
  public var timetables: [TimetableRecord] = []
  public var documentRegimes: [DocumentRegimeRecord] = []
  public var operators: [OperatorRecord] = []
  public var operatorCoverage: [OperatorCoverageRecord] = []
  /// Extra charges (and, by absence from `ServiceRecord.cargoClasses`, refusals) for reefer,
  /// dangerous or e-commerce cargo (`Data/cargo_class_surcharges.csv`).
  public var cargoClassSurcharges: [CargoClassSurchargeRecord] = []
  /// What each transport intensity is made of (energy carrier, tank-to-wheel) and the hubs'
  /// emissions per tonne handled (`Data/emission_factors.csv`); empty: hubs emit nothing.
  public var emissionFactors: [EmissionFactorRecord] = []
  /// Dated, sourced units per US dollar that quotes convert with (`Data/exchange_rates.csv`).
  public var exchangeRates: [ExchangeRateRecord] = []
  /// The dataset's as-of date, tariff period and SDR rate (`Data/edition.csv`); nil for networks
  /// that state none (synthetic, DIMACS), on which every service is valid on every day.
  public var edition: EditionRecord?

  public init() {}
}
