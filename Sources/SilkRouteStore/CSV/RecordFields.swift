import SilkRoute

/// Converts between `NetworkData` records and typed fields, one table at a time. The single
/// place that knows which record property is which column; CSV and SQLite both go through it.
enum RecordFields {
  // MARK: Records → fields

  static func tables(of data: NetworkData) -> [(DataTable, [Fields])] {
    lazyTables(of: data).map { entry in (entry.table, (0..<entry.count).map(entry.fields)) }
  }

  /// Each table with its record count and the fields of one record, converted on demand, so that
  /// a million services never exist as fields all at once.
  static func lazyTables(of data: NetworkData) -> [(table: DataTable, count: Int, fields: (Int) -> Fields)] {
    let editions = data.edition.map { [$0] } ?? []
    return [
      (DataTables.sources, data.sources.count, { fields(data.sources[$0]) }),
      (DataTables.customsTerritories, data.customsTerritories.count, { fields(data.customsTerritories[$0]) }),
      (DataTables.countries, data.countries.count, { fields(data.countries[$0]) }),
      (DataTables.cities, data.cities.count, { fields(data.cities[$0]) }),
      (DataTables.terminals, data.terminals.count, { fields(data.terminals[$0]) }),
      (DataTables.carriers, data.carriers.count, { fields(data.carriers[$0]) }),
      (DataTables.services, data.services.count, { fields(data.services[$0]) }),
      (DataTables.transfers, data.transfers.count, { fields(data.transfers[$0]) }),
      (DataTables.borderCrossings, data.borderCrossings.count, { fields(data.borderCrossings[$0]) }),
      (DataTables.timetables, data.timetables.count, { fields(data.timetables[$0]) }),
      (DataTables.documentRegimes, data.documentRegimes.count, { fields(data.documentRegimes[$0]) }),
      (DataTables.operators, data.operators.count, { fields(data.operators[$0]) }),
      (DataTables.operatorServices, data.operatorCoverage.count, { fields(data.operatorCoverage[$0]) }),
      (DataTables.edition, editions.count, { fields(editions[$0]) }),
      (
        DataTables.cargoClassSurcharges, data.cargoClassSurcharges.count,
        { fields(data.cargoClassSurcharges[$0]) }
      ),
      (DataTables.emissionFactors, data.emissionFactors.count, { fields(data.emissionFactors[$0]) }),
      (DataTables.exchangeRates, data.exchangeRates.count, { fields(data.exchangeRates[$0]) }),
    ]
  }

  private static func make(_ table: DataTable, _ pairs: [(String, FieldValue)]) -> Fields {
    var fields = Fields(table: table.name)
    fields.values.reserveCapacity(pairs.count)
    for (name, value) in pairs { fields[name] = value }
    return fields
  }
  private static func optional(_ cents: Cents?) -> FieldValue {
    cents.map { .integer($0.rawValue) } ?? .null
  }

  static func fields(_ r: SourceRecord) -> Fields {
    make(
      DataTables.sources,
      [
        ("id", .text(r.id)), ("kind", .text(r.kind.rawValue)), ("citation", .text(r.citation)),
        ("url", .text(r.url)), ("accessed", .text(r.accessed)), ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: CustomsTerritoryRecord) -> Fields {
    make(
      DataTables.customsTerritories,
      [
        ("id", .text(r.id)), ("name", .text(r.name)),
        ("entry_clearance", .integer(r.entryClearance.rawValue)),
        ("entry_clearance_usd", .integer(r.entryClearanceCost.rawValue)),
        ("transit_clearance", r.transitClearance.map { .integer($0.rawValue) } ?? .null),
        ("transit_clearance_usd", optional(r.transitClearanceCost)),
        ("source", .list(r.sources)), ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: CountryRecord) -> Fields {
    make(
      DataTables.countries,
      [
        ("iso2", .text(r.code)), ("name", .text(r.name)),
        ("customs_territory", .text(r.customsTerritory)), ("source", .list(r.sources)),
        ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: CityRecord) -> Fields {
    make(
      DataTables.cities,
      [
        ("id", .text(r.id)), ("name", .text(r.name)), ("country", .text(r.country)),
        ("latitude", .real(r.latitude)), ("longitude", .real(r.longitude)),
        ("locode", .text(r.locode)), ("aliases", .list(r.aliases)),
        ("status", .text(r.status.rawValue)), ("source", .list(r.sources)), ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: TerminalRecord) -> Fields {
    make(
      DataTables.terminals,
      [
        ("id", .text(r.id)), ("city", .text(r.city)), ("mode", .text(r.mode.rawValue)),
        ("name", .text(r.name)),
        ("gauge_mm", r.gauge.map { .integer(Int64($0.millimetres)) } ?? .null),
        ("source", .list(r.sources)), ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: CarrierRecord) -> Fields {
    make(
      DataTables.carriers,
      [
        ("id", .text(r.id)), ("name", .text(r.name)), ("country", .text(r.country)),
        ("kind", .text(r.kind.rawValue)), ("source", .list(r.sources)), ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: ServiceRecord) -> Fields {
    make(
      DataTables.services,
      [
        ("id", .text(r.id)), ("mode", .text(r.mode.rawValue)), ("carrier", .text(r.carrier)),
        ("from", .text(r.from)), ("to", .text(r.to)), ("bidirectional", .integer(r.bidirectional ? 1 : 0)),
        ("distance_km", .integer(r.distance.rawValue)), ("transit", .integer(r.transit.rawValue)),
        ("per_teu_usd", optional(r.tariff.perTEU)), ("per_feu_usd", optional(r.tariff.perFEU)),
        ("per_kg_usd", optional(r.tariff.perKilogram)),
        ("min_charge_usd", optional(r.tariff.minimumCharge)),
        ("co2_g_per_tkm", .integer(r.co2Intensity.rawValue)),
        ("cargo_classes", .list(r.cargoClasses.classes.map(\.rawValue))),
        ("passages", .list(r.passages)), ("document", .text(r.document.rawValue)),
        ("tariff_date", .text(r.tariffDate)), ("index_factor", r.indexFactor.map { .integer($0) } ?? .null),
        ("distance_source", .list(r.distanceSources)), ("time_source", .list(r.timeSources)),
        ("tariff_source", .list(r.tariffSources)), ("index_source", .list(r.indexSources)),
        ("co2_source", .list(r.co2Sources)), ("note", .text(r.note)),
      ] + validity(r.validity))
  }
  static func fields(_ r: TransferRecord) -> Fields {
    make(
      DataTables.transfers,
      [
        ("id", .text(r.id)), ("kind", .text(r.kind.rawValue)), ("from", .text(r.from)),
        ("to", .text(r.to)), ("bidirectional", .integer(r.bidirectional ? 1 : 0)),
        ("time", .integer(r.time.rawValue)), ("per_teu_usd", optional(r.tariff.perTEU)),
        ("per_feu_usd", optional(r.tariff.perFEU)), ("per_kg_usd", optional(r.tariff.perKilogram)),
        ("time_source", .list(r.timeSources)), ("cost_source", .list(r.costSources)),
        ("note", .text(r.note)),
      ] + validity(r.validity))
  }
  static func fields(_ r: BorderCrossingRecord) -> Fields {
    make(
      DataTables.borderCrossings,
      [
        ("id", .text(r.id)), ("name", .text(r.name)), ("from_city", .text(r.fromCity)),
        ("to_city", .text(r.toCity)), ("clearance", .integer(r.clearance.rawValue)),
        ("clearance_usd", .integer(r.clearanceCost.rawValue)), ("source", .list(r.sources)),
        ("note", .text(r.note)),
      ] + validity(r.validity))
  }
  static func fields(_ r: EditionRecord) -> Fields {
    make(
      DataTables.edition,
      [
        ("as_of", .text(r.asOf)), ("period_start", .text(r.periodStart)), ("period_end", .text(r.periodEnd)),
        ("usd_per_sdr", .integer(r.usdPerSDR)), ("sdr_date", .text(r.sdrDate)),
        ("sdr_source", .list(r.sdrSources)), ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: CargoClassSurchargeRecord) -> Fields {
    make(
      DataTables.cargoClassSurcharges,
      [
        ("mode", .text(r.mode?.rawValue ?? "")), ("service", .text(r.service)),
        ("cargo_class", .text(r.cargoClass.rawValue)), ("per_teu_usd", optional(r.perTEU)),
        ("per_feu_usd", optional(r.perFEU)), ("percent", r.percent.map { .integer($0) } ?? .null),
        ("source", .list(r.sources)), ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: ExchangeRateRecord) -> Fields {
    make(
      DataTables.exchangeRates,
      [
        ("currency", .text(r.currency)), ("minor_unit", .integer(Int64(r.minorUnit))),
        ("units_per_usd", .text(r.rate.text)), ("date", .text(r.date)), ("source", .list(r.sources)),
        ("note", .text(r.note)),
      ])
  }
  private static func validity(_ v: Validity) -> [(String, FieldValue)] {
    [
      ("valid_from", .text(v.validFrom)), ("valid_until", .text(v.validUntil)),
      ("suspended_since", .text(v.suspendedSince)), ("validity_source", .list(v.sources)),
    ]
  }

  static func fields(_ r: TimetableRecord) -> Fields {
    make(
      DataTables.timetables,
      [
        ("service", .text(r.service)), ("direction", .text(r.direction.rawValue)),
        ("weekdays", .list(r.weekdays.map(\.rawValue))),
        ("departures", .list(r.departures.map(FieldText.clockText))),
        ("utc_offset", r.utcOffsetMinutes.map { .integer(Int64($0)) } ?? .null),
        ("headway", r.headway.map { .integer($0.rawValue) } ?? .null),
        ("source", .list(r.sources)), ("note", .text(r.note)),
      ])
  }

  static func fields(_ r: DocumentRegimeRecord) -> Fields {
    make(
      DataTables.documentRegimes,
      [
        ("id", .text(r.regime.rawValue)), ("name", .text(r.name)), ("convention", .text(r.convention)),
        ("transit", .integer(r.isTransitDocument ? 1 : 0)),
        ("liability_sdr_per_kg", r.liabilityPerKilogram.map { .integer($0.rawValue) } ?? .null),
        ("liability_sdr_per_package", r.liabilityPerPackage.map { .integer($0.rawValue) } ?? .null),
        ("new_document_usd", .integer(r.newDocumentCost.rawValue)),
        ("new_document_time", .integer(r.newDocumentTime.rawValue)), ("source", .list(r.sources)),
        ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: OperatorRecord) -> Fields {
    make(
      DataTables.operators,
      [
        ("id", .text(r.id)), ("name", .text(r.name)), ("country", .text(r.country)),
        ("places", .list(r.places)),
        ("absorbs_regime_breaks", .integer(r.absorbsRegimeBreaks ? 1 : 0)),
        ("liability_sdr_per_kg", r.liabilityPerKilogram.map { .integer($0.rawValue) } ?? .null),
        ("fee_usd", .integer(r.fee.rawValue)), ("originals", .integer(Int64(r.originals))),
        ("illustrative", .integer(r.illustrative ? 1 : 0)), ("source", .list(r.sources)),
        ("note", .text(r.note)),
      ])
  }
  static func fields(_ r: OperatorCoverageRecord) -> Fields {
    make(
      DataTables.operatorServices,
      [
        ("operator", .text(r.operatorID)), ("carrier", .text(r.carrier)), ("service", .text(r.service)),
        ("source", .list(r.sources)), ("note", .text(r.note)),
      ])
  }
}
