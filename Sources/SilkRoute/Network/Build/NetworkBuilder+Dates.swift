extension NetworkBuilder {
  /// The dataset's dates: the edition itself; every validity well-formed (from ≤ until, not
  /// suspended before it starts) with known sources; and, once the dataset states an edition,
  /// every tariff dated, every tariff dated outside the period moved with an index factor, and
  /// every service, transfer and crossing given a validity with its source.
  mutating func checkDates() {
    let edition = data.edition
    if let edition { checkEdition(edition) }
    var period: ClosedRange<Int32>?
    if let edition, let start = Self.day(edition.periodStart), let end = Self.day(edition.periodEnd),
      start <= end
    {
      period = start...end
    }
    for (index, service) in data.services.enumerated() {
      checkValidity(service.validity, .services, index, service.id, required: edition != nil)
      if let factor = service.indexFactor {
        if factor <= 0 {
          issue(.services, index, service.id, "index_factor", "an index factor must be positive")
        }
        checkSources(service.indexSources, .services, index, service.id, field: "index_source")
      } else if !service.indexSources.isEmpty {
        issue(.services, index, service.id, "index_source", "an index source without an index factor")
      }
      guard edition != nil else { continue }
      guard let day = Self.day(service.tariffDate) else {
        issue(.services, index, service.id, "tariff_date", "a tariff without a date")
        continue
      }
      if let period, !period.contains(day), service.indexFactor == nil {
        issue(
          .services, index, service.id, "index_factor",
          "tariff dated \(service.tariffDate), outside the dataset's period \(edition?.periodStart ?? "")"
            + " to \(edition?.periodEnd ?? ""), without an index factor")
      }
    }
    for (index, transfer) in data.transfers.enumerated() {
      checkValidity(transfer.validity, .transfers, index, transfer.id, required: edition != nil)
    }
    for (index, crossing) in data.borderCrossings.enumerated() {
      checkValidity(crossing.validity, .borderCrossings, index, crossing.id, required: edition != nil)
    }
  }

  mutating func checkEdition(_ edition: EditionRecord) {
    func required(_ text: String, _ field: String) -> Int32? {
      guard let day = Self.day(text) else {
        issue(.edition, 0, edition.asOf, field, "a date is required")
        return nil
      }
      return day
    }
    let asOf = required(edition.asOf, "as_of")
    let start = required(edition.periodStart, "period_start")
    let end = required(edition.periodEnd, "period_end")
    _ = required(edition.sdrDate, "sdr_date")
    if let start, let end, start > end {
      issue(.edition, 0, edition.asOf, "period_end", "the period ends before it starts")
    }
    if let asOf, let start, asOf < start {
      issue(.edition, 0, edition.asOf, "as_of", "the as-of date is before the tariff period")
    }
    if edition.usdPerSDR <= 0 { issue(.edition, 0, edition.asOf, "usd_per_sdr", "the rate must be positive") }
    checkSources(edition.sdrSources, .edition, 0, edition.asOf, field: "sdr_source")
  }

  mutating func checkValidity(
    _ validity: Validity, _ table: NetworkIssue.Table, _ index: Int, _ id: String, required: Bool
  ) {
    if validity.days == nil {
      let field = validity.suspendedSince.isEmpty ? "valid_until" : "suspended_since"
      issue(table, index, id, field, "no day is valid: it ends or is suspended before it starts")
    }
    if required && validity.validFrom.isEmpty {
      issue(table, index, id, "valid_from", "no validity: give the date it runs from")
    }
    if required || validity.isBounded || !validity.sources.isEmpty {
      checkSources(validity.sources, table, index, id, field: "validity_source")
    }
  }

  /// Days since 1970-01-01 of an ISO date, nil when empty.
  static func day(_ text: String) -> Int32? {
    guard text.count == 10, let instant = Instant(iso8601: text) else { return nil }
    return Int32(clamping: instant.minutesSinceEpoch / 1440)
  }
}
