import Testing

@testable import SilkRoute

/// `NetworkBuilder+Dates`: what validation requires of dated data.
@Suite struct NetworkBuilderDatesTests {
  /// Once a dataset states an edition, validation reports every undated tariff, every tariff dated
  /// outside the period without an index factor, and every record without a validity; and always
  /// malformed validities and editions.
  @Test func validationReportsMissingAndInconsistentDates() throws {
    let seed = try #require(
      (UInt64(0)..<100).first {
        let data = RandomNetwork.make(seed: $0, maxCities: 4, maxTerminalsPerCity: 3)
        return data.services.count >= 3 && !data.transfers.isEmpty
      })
    var data = RandomNetwork.make(seed: seed, maxCities: 4, maxTerminalsPerCity: 3)
    #expect(throws: Never.self) { _ = try TransportNetwork(data) }  // undated: nothing required
    data.edition = EditionRecord(
      asOf: "2024-07-15", periodStart: "2024-07-01", periodEnd: "2024-07-31", usdPerSDR: 13_300,
      sdrDate: "2024-07-15", sdrSources: ["s"])
    for index in data.services.indices {
      data.services[index].tariffDate = "2024-07-10"
      data.services[index].validity = Validity(validFrom: "2020-01-01", sources: ["s"])
    }
    for index in data.transfers.indices {
      data.transfers[index].validity = Validity(validFrom: "2020-01-01", sources: ["s"])
    }
    for index in data.borderCrossings.indices {
      data.borderCrossings[index].validity = Validity(validFrom: "2020-01-01", sources: ["s"])
    }
    #expect(throws: Never.self) { _ = try TransportNetwork(data) }
    var broken = data
    broken.services[0].tariffDate = ""
    broken.services[1].tariffDate = "2021-03-01"  // outside the period, no factor
    broken.services[2].validity = Validity()
    broken.transfers[0].validity = Validity(validFrom: "2024-01-01", validUntil: "2023-01-01", sources: ["s"])
    broken.edition?.usdPerSDR = 0
    broken.edition?.sdrSources = ["nowhere"]
    var issues: [NetworkIssue] = []
    do { _ = try TransportNetwork(broken) } catch { issues = error.issues }
    let found = Set(issues.map { "\($0.table.rawValue)/\($0.recordID)/\($0.field ?? "")" })
    let expected = [
      "services/\(broken.services[0].id)/tariff_date", "services/\(broken.services[1].id)/index_factor",
      "services/\(broken.services[2].id)/valid_from", "services/\(broken.services[2].id)/validity_source",
      "transfers/\(broken.transfers[0].id)/valid_until", "edition/2024-07-15/usd_per_sdr",
      "edition/2024-07-15/sdr_source",
    ]
    for issue in expected { #expect(found.contains(issue), "\(issue) not reported: \(issues)") }
    var reversed = data
    reversed.edition?.periodEnd = "2024-06-01"
    do {
      _ = try TransportNetwork(reversed)
      Issue.record("a period that ends before it starts is accepted")
    } catch {
      #expect(error.issues.contains { $0.table == .edition && $0.field == "period_end" })
    }
    // An index factor moves the old tariff into the period; it needs its source.
    var indexed = data
    indexed.services[1].tariffDate = "2021-03-01"
    indexed.services[1].indexFactor = 13_500
    #expect(throws: InvalidNetworkError.self) { _ = try TransportNetwork(indexed) }
    indexed.services[1].indexSources = ["s"]
    let network = try TransportNetwork(indexed)
    #expect(network.serviceTariff[1] == indexed.services[1].tariff.scaled(by: 13_500))
  }
}
