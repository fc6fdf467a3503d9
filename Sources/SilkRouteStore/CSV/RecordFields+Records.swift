import SilkRoute

extension RecordFields {
  // MARK: Fields → records

  /// Appends the record `fields` describes to `data`.
  static func append(_ f: Fields, of table: DataTable, to data: inout NetworkData)
    throws(StoreError)
  {
    switch table.name {
    case DataTables.sources.name, DataTables.customsTerritories.name, DataTables.countries.name,
      DataTables.cities.name, DataTables.terminals.name, DataTables.carriers.name:
      try appendReference(f, of: table, to: &data)
    case DataTables.services.name, DataTables.transfers.name, DataTables.borderCrossings.name,
      DataTables.timetables.name:
      try appendTransport(f, of: table, to: &data)
    case DataTables.documentRegimes.name, DataTables.operators.name, DataTables.operatorServices.name,
      DataTables.edition.name, DataTables.cargoClassSurcharges.name:
      try appendContracts(f, of: table, to: &data)
    case DataTables.emissionFactors.name:
      try appendEmissionFactor(f, to: &data)
    case DataTables.exchangeRates.name:
      guard let rate = ExchangeRate(try f.text("units_per_usd")) else { throw f.corrupt("units_per_usd") }
      data.exchangeRates.append(
        ExchangeRateRecord(
          currency: try f.text("currency"), minorUnit: Int(clamping: try f.integer("minor_unit")), rate: rate,
          date: try f.text("date"), sources: try f.list("source"), note: try f.text("note")))
    default:
      throw StoreError("unknown table \(table.name)")
    }
  }

  /// A record of the sources, customs territories, countries, cities, terminals and carriers.
  private static func appendReference(_ f: Fields, of table: DataTable, to data: inout NetworkData)
    throws(StoreError)
  {
    switch table.name {
    case DataTables.sources.name:
      data.sources.append(
        SourceRecord(
          id: try f.text("id"), kind: try f.choice("kind", SourceRecord.Kind.self),
          citation: try f.text("citation"), url: try f.text("url"),
          accessed: try f.text("accessed"), note: try f.text("note")))
    case DataTables.customsTerritories.name:
      data.customsTerritories.append(
        CustomsTerritoryRecord(
          id: try f.text("id"), name: try f.text("name"),
          entryClearance: try f.minutes("entry_clearance"),
          entryClearanceCost: try f.cents("entry_clearance_usd"),
          transitClearance: try f.optionalInteger("transit_clearance").map { Minutes($0) },
          transitClearanceCost: try f.optionalCents("transit_clearance_usd"), sources: try f.list("source"),
          note: try f.text("note")))
    case DataTables.countries.name:
      data.countries.append(
        CountryRecord(
          code: try f.text("iso2"), name: try f.text("name"),
          customsTerritory: try f.text("customs_territory"), sources: try f.list("source"),
          note: try f.text("note")))
    case DataTables.cities.name:
      data.cities.append(
        CityRecord(
          id: try f.text("id"), name: try f.text("name"), country: try f.text("country"),
          latitude: try f.real("latitude"), longitude: try f.real("longitude"),
          locode: try f.text("locode"), aliases: try f.list("aliases"),
          status: try f.choice("status", CityRecord.Status.self), sources: try f.list("source"),
          note: try f.text("note")))
    case DataTables.terminals.name:
      data.terminals.append(
        TerminalRecord(
          id: try f.text("id"), city: try f.text("city"), mode: try f.choice("mode", Mode.self),
          name: try f.text("name"),
          gauge: try f.optionalInteger("gauge_mm").map { Gauge(millimetres: Int($0)) },
          sources: try f.list("source"), note: try f.text("note")))
    case DataTables.carriers.name:
      data.carriers.append(
        CarrierRecord(
          id: try f.text("id"), name: try f.text("name"), country: try f.text("country"),
          kind: try f.choice("kind", CarrierRecord.Kind.self), sources: try f.list("source"),
          note: try f.text("note")))
    default:
      throw StoreError("unknown table \(table.name)")
    }
  }

  /// A record of the services, transfers, border crossings and timetables.
  private static func appendTransport(_ f: Fields, of table: DataTable, to data: inout NetworkData)
    throws(StoreError)
  {
    switch table.name {
    case DataTables.services.name:
      var classes = CargoClassSet()
      for word in try f.list("cargo_classes") {
        guard let cargoClass = CargoClass(rawValue: word) else { throw f.corrupt("cargo_classes") }
        classes.insert(CargoClassSet(cargoClass))
      }
      data.services.append(
        ServiceRecord(
          id: try f.text("id"), mode: try f.choice("mode", Mode.self),
          carrier: try f.text("carrier"), from: try f.text("from"), to: try f.text("to"),
          bidirectional: try f.bool("bidirectional"),
          distance: Kilometres(try f.integer("distance_km")), transit: try f.minutes("transit"),
          tariff: Tariff(
            perTEU: try f.optionalCents("per_teu_usd"), perFEU: try f.optionalCents("per_feu_usd"),
            perKilogram: try f.optionalCents("per_kg_usd"),
            minimumCharge: try f.optionalCents("min_charge_usd")),
          co2Intensity: GramsPerTonneKilometre(try f.integer("co2_g_per_tkm")),
          cargoClasses: classes, passages: try f.list("passages"),
          document: try f.choice("document", DocumentRegime.self),
          tariffDate: try f.text("tariff_date"), distanceSources: try f.list("distance_source"),
          timeSources: try f.list("time_source"), tariffSources: try f.list("tariff_source"),
          co2Sources: try f.list("co2_source"), note: try f.text("note")))
      data.services[data.services.count - 1].indexFactor = try f.optionalInteger("index_factor")
      data.services[data.services.count - 1].indexSources = try f.list("index_source")
      data.services[data.services.count - 1].validity = try f.validity()
    case DataTables.transfers.name:
      data.transfers.append(
        TransferRecord(
          id: try f.text("id"), kind: try f.choice("kind", TransferRecord.Kind.self),
          from: try f.text("from"), to: try f.text("to"),
          bidirectional: try f.bool("bidirectional"), time: try f.minutes("time"),
          tariff: Tariff(
            perTEU: try f.optionalCents("per_teu_usd"), perFEU: try f.optionalCents("per_feu_usd"),
            perKilogram: try f.optionalCents("per_kg_usd")),
          timeSources: try f.list("time_source"), costSources: try f.list("cost_source"),
          note: try f.text("note")))
      data.transfers[data.transfers.count - 1].validity = try f.validity()
    case DataTables.borderCrossings.name:
      data.borderCrossings.append(
        BorderCrossingRecord(
          id: try f.text("id"), name: try f.text("name"), fromCity: try f.text("from_city"),
          toCity: try f.text("to_city"), clearance: try f.minutes("clearance"),
          clearanceCost: try f.cents("clearance_usd"), sources: try f.list("source"),
          note: try f.text("note")))
      data.borderCrossings[data.borderCrossings.count - 1].validity = try f.validity()
    case DataTables.timetables.name:
      var weekdays: [Weekday] = []
      for word in try f.list("weekdays") {
        guard let day = Weekday(rawValue: word) else { throw f.corrupt("weekdays") }
        weekdays.append(day)
      }
      var departures: [Int] = []
      for time in try f.list("departures") {
        guard let minutes = FieldText.clockMinutes(time) else { throw f.corrupt("departures") }
        departures.append(minutes)
      }
      data.timetables.append(
        TimetableRecord(
          service: try f.text("service"),
          direction: try f.choice("direction", TimetableRecord.Direction.self),
          weekdays: weekdays, departures: departures,
          utcOffsetMinutes: try f.optionalInteger("utc_offset").map { Int($0) },
          headway: try f.optionalInteger("headway").map { Minutes($0) }, sources: try f.list("source"),
          note: try f.text("note")))
    default:
      throw StoreError("unknown table \(table.name)")
    }
  }

  /// A record of the document regimes, operators and their services, the edition and the cargo-class surcharges.
  private static func appendContracts(_ f: Fields, of table: DataTable, to data: inout NetworkData)
    throws(StoreError)
  {
    switch table.name {
    case DataTables.documentRegimes.name:
      data.documentRegimes.append(
        DocumentRegimeRecord(
          regime: try f.choice("id", DocumentRegime.self), name: try f.text("name"),
          convention: try f.text("convention"), isTransitDocument: try f.bool("transit"),
          liabilityPerKilogram: try f.optionalInteger("liability_sdr_per_kg").map { SDR(rawValue: $0) },
          liabilityPerPackage: try f.optionalInteger("liability_sdr_per_package").map { SDR(rawValue: $0) },
          newDocumentCost: try f.cents("new_document_usd"),
          newDocumentTime: try f.minutes("new_document_time"),
          sources: try f.list("source"), note: try f.text("note")))
    case DataTables.operators.name:
      data.operators.append(
        OperatorRecord(
          id: try f.text("id"), name: try f.text("name"), country: try f.text("country"),
          places: try f.list("places"), absorbsRegimeBreaks: try f.bool("absorbs_regime_breaks"),
          liabilityPerKilogram: try f.optionalInteger("liability_sdr_per_kg").map { SDR(rawValue: $0) },
          fee: try f.cents("fee_usd"), originals: Int(try f.integer("originals")),
          illustrative: try f.bool("illustrative"), sources: try f.list("source"), note: try f.text("note")))
    case DataTables.operatorServices.name:
      data.operatorCoverage.append(
        OperatorCoverageRecord(
          operatorID: try f.text("operator"), carrier: try f.text("carrier"), service: try f.text("service"),
          sources: try f.list("source"), note: try f.text("note")))
    case DataTables.edition.name:
      guard data.edition == nil else { throw StoreError("table edition: more than one row") }
      data.edition = EditionRecord(
        asOf: try f.text("as_of"), periodStart: try f.text("period_start"),
        periodEnd: try f.text("period_end"),
        usdPerSDR: try f.integer("usd_per_sdr"), sdrDate: try f.text("sdr_date"),
        sdrSources: try f.list("sdr_source"), note: try f.text("note"))
    case DataTables.cargoClassSurcharges.name:
      let modeText = try f.text("mode")
      var mode: Mode?
      if !modeText.isEmpty {
        guard let known = Mode(rawValue: modeText) else { throw f.corrupt("mode") }
        mode = known
      }
      data.cargoClassSurcharges.append(
        CargoClassSurchargeRecord(
          mode: mode, service: try f.text("service"),
          cargoClass: try f.choice("cargo_class", CargoClass.self),
          perTEU: try f.optionalCents("per_teu_usd"), perFEU: try f.optionalCents("per_feu_usd"),
          percent: try f.optionalInteger("percent"), sources: try f.list("source"), note: try f.text("note")))
    default:
      throw StoreError("unknown table \(table.name)")
    }
  }
}
