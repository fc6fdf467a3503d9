import SilkRoute

/// The nine tables, in dependency order (import order; export writes the same files).
enum DataTables {
  static let modeWords = Mode.allCases.map(\.rawValue)

  static let sources = DataTable(
    name: "sources", issueTable: .sources,
    columns: [
      Column("id", .requiredText), Column("kind", .choice(SourceRecord.Kind.allCases.map(\.rawValue))),
      Column("citation", .requiredText), Column("url", .text), Column("accessed", .date),
      Column("note", .text),
    ])
  static let customsTerritories = DataTable(
    name: "customs_territories", issueTable: .customsTerritories,
    columns: [
      Column("id", .requiredText), Column("name", .requiredText),
      Column("entry_clearance", .duration), Column("entry_clearance_usd", .usd(optional: false)),
      Column("transit_clearance", .optionalDuration), Column("transit_clearance_usd", .usd(optional: true)),
      Column("source", .sources), Column("note", .text),
    ])
  static let countries = DataTable(
    name: "countries", issueTable: .countries,
    columns: [
      Column("iso2", .requiredText), Column("name", .requiredText),
      Column("customs_territory", .requiredText), Column("source", .sources), Column("note", .text),
    ])
  static let cities = DataTable(
    name: "cities", issueTable: .cities,
    columns: [
      Column("id", .requiredText), Column("name", .requiredText), Column("country", .requiredText),
      Column("latitude", .decimal), Column("longitude", .decimal), Column("locode", .text),
      Column("aliases", .list),
      Column("status", .choice(CityRecord.Status.allCases.map(\.rawValue))),
      Column("source", .sources), Column("note", .text),
    ])
  static let terminals = DataTable(
    name: "terminals", issueTable: .terminals,
    columns: [
      Column("id", .requiredText), Column("city", .requiredText), Column("mode", .choice(modeWords)),
      Column("name", .requiredText), Column("gauge_mm", .integer(optional: true)),
      Column("source", .sources), Column("note", .text),
    ])
  static let carriers = DataTable(
    name: "carriers", issueTable: .carriers,
    columns: [
      Column("id", .requiredText), Column("name", .requiredText), Column("country", .text),
      Column("kind", .choice(CarrierRecord.Kind.allCases.map(\.rawValue))),
      Column("source", .sources), Column("note", .text),
    ])
  static let services = DataTable(
    name: "services", issueTable: .services,
    columns: [
      Column("id", .requiredText), Column("mode", .choice(modeWords)),
      Column("carrier", .requiredText), Column("from", .requiredText), Column("to", .requiredText),
      Column("bidirectional", .yesNo), Column("distance_km", .integer(optional: false)),
      Column("transit", .duration), Column("per_teu_usd", .usd(optional: true)),
      Column("per_feu_usd", .usd(optional: true)), Column("per_kg_usd", .usd(optional: true)),
      Column("min_charge_usd", .usd(optional: true)),
      Column("co2_g_per_tkm", .integer(optional: false)), Column("cargo_classes", .list),
      Column("passages", .list), Column("document", .choice(DocumentRegime.allCases.map(\.rawValue))),
      Column("tariff_date", .date), Column("index_factor", .factor),
      Column("distance_source", .sources), Column("time_source", .sources),
      Column("tariff_source", .sources), Column("index_source", .optionalSources),
      Column("co2_source", .sources),
    ] + validityColumns + [Column("note", .text)])
  static let transfers = DataTable(
    name: "transfers", issueTable: .transfers,
    columns: [
      Column("id", .requiredText),
      Column("kind", .choice(TransferRecord.Kind.allCases.map(\.rawValue))),
      Column("from", .requiredText), Column("to", .requiredText), Column("bidirectional", .yesNo),
      Column("time", .duration), Column("per_teu_usd", .usd(optional: true)),
      Column("per_feu_usd", .usd(optional: true)), Column("per_kg_usd", .usd(optional: true)),
      Column("time_source", .sources), Column("cost_source", .sources),
    ] + validityColumns + [Column("note", .text)])
  static let borderCrossings = DataTable(
    name: "border_crossings", issueTable: .borderCrossings,
    columns: [
      Column("id", .requiredText), Column("name", .requiredText),
      Column("from_city", .requiredText), Column("to_city", .requiredText),
      Column("clearance", .duration), Column("clearance_usd", .usd(optional: false)),
      Column("source", .sources),
    ] + validityColumns + [Column("note", .text)])

  /// When a service, transfer or crossing runs (ISO dates, empty for open) and the sources.
  static let validityColumns = [
    Column("valid_from", .date), Column("valid_until", .date), Column("suspended_since", .date),
    Column("validity_source", .optionalSources),
  ]

  static let timetables = DataTable(
    name: "timetables", issueTable: .timetables,
    columns: [
      Column("service", .requiredText),
      Column("direction", .choice(TimetableRecord.Direction.allCases.map(\.rawValue))),
      Column("weekdays", .weekdays), Column("departures", .clockTimes), Column("utc_offset", .utcOffset),
      Column("headway", .optionalDuration), Column("source", .sources), Column("note", .text),
    ],
    keyColumns: ["service", "direction"], isOptional: true)

  static let documentRegimes = DataTable(
    name: "document_regimes", issueTable: .documentRegimes,
    columns: [
      Column("id", .choice(DocumentRegime.allCases.map(\.rawValue))), Column("name", .requiredText),
      Column("convention", .text), Column("transit", .yesNo),
      Column("liability_sdr_per_kg", .usd(optional: true)),
      Column("liability_sdr_per_package", .usd(optional: true)),
      Column("new_document_usd", .usd(optional: false)),
      Column("new_document_time", .duration), Column("source", .sources), Column("note", .text),
    ], isOptional: true)
  static let operators = DataTable(
    name: "operators", issueTable: .operators,
    columns: [
      Column("id", .requiredText), Column("name", .requiredText), Column("country", .text),
      Column("places", .list),
      Column("absorbs_regime_breaks", .yesNo), Column("liability_sdr_per_kg", .usd(optional: true)),
      Column("fee_usd", .usd(optional: false)), Column("originals", .integer(optional: false)),
      Column("illustrative", .yesNo), Column("source", .sources), Column("note", .text),
    ], isOptional: true)
  static let operatorServices = DataTable(
    name: "operator_services", issueTable: .operatorCoverage,
    columns: [
      Column("operator", .requiredText), Column("carrier", .text), Column("service", .text),
      Column("source", .sources), Column("note", .text),
    ], keyColumns: ["operator", "carrier", "service"], isOptional: true)

  static let edition = DataTable(
    name: "edition", issueTable: .edition,
    columns: [
      Column("as_of", .date), Column("period_start", .date), Column("period_end", .date),
      Column("usd_per_sdr", .factor), Column("sdr_date", .date), Column("sdr_source", .sources),
      Column("note", .text),
    ], isOptional: true)

  static let cargoClassSurcharges = DataTable(
    name: "cargo_class_surcharges", issueTable: .cargoClassSurcharges,
    columns: [
      Column("mode", .text), Column("service", .text),
      Column("cargo_class", .choice(CargoClass.allCases.map(\.rawValue))),
      Column("per_teu_usd", .usd(optional: true)), Column("per_feu_usd", .usd(optional: true)),
      Column("percent", .integer(optional: true)), Column("source", .sources), Column("note", .text),
    ], keyColumns: ["mode", "service", "cargo_class"], isOptional: true)

  static let emissionFactors = DataTable(
    name: "emission_factors", issueTable: .emissionFactors,
    columns: [
      Column("id", .requiredText),
      Column("kind", .choice(EmissionFactorRecord.Kind.allCases.map(\.rawValue))),
      Column("mode", .choice(Mode.allCases.map(\.rawValue))),
      Column("co2_g_per_tkm", .integer(optional: true)),
      Column("energy", .optionalChoice(RecordFields.energyCarriers)),
      Column("ttw_g_per_tkm", .integer(optional: true)), Column("hub_wtw_g_per_t", .integer(optional: true)),
      Column("hub_ttw_g_per_t", .integer(optional: true)), Column("source", .sources), Column("note", .text),
    ], isOptional: true)
  static let exchangeRates = DataTable(
    name: "exchange_rates", issueTable: .exchangeRates,
    columns: [
      Column("currency", .requiredText), Column("minor_unit", .integer(optional: false)),
      Column("units_per_usd", .exchangeRate), Column("date", .date), Column("source", .sources),
      Column("note", .text),
    ], keyColumns: ["currency"], isOptional: true)

  /// The tables of schema v1 (frozen: their columns define migration v1; columns added later
  /// come from their own migrations).
  static let version1 = [
    sources, customsTerritories.dropping(["transit_clearance", "transit_clearance_usd"]), countries,
    cities.replacing("status", with: .choice(["confirmed", "inferred"])), terminals, carriers,
    services.dropping(["document", "index_factor", "valid_from", "valid_until", "suspended_since"]),
    transfers.dropping(["valid_from", "valid_until", "suspended_since"]),
    borderCrossings.dropping(["valid_from", "valid_until", "suspended_since"]),
  ]

  static let all = [
    sources, customsTerritories, countries, cities, terminals, carriers, services, transfers, borderCrossings,
    timetables, documentRegimes, operators, operatorServices, edition, cargoClassSurcharges, emissionFactors,
    exchangeRates,
  ]
}
