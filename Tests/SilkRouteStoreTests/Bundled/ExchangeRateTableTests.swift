import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// `Data/exchange_rates.csv`: every rate dated and sourced, imported through the store, and a
/// malformed one located to its file, line and column.
@Suite struct ExchangeRateTableTests {
  @Test func everyRateIsDatedSourcedAndKnown() throws {
    let data = try DataFolder.load(try BundledNetwork.dataFolder())
    let codes = data.exchangeRates.map(\.currency)
    #expect(Set(["CNY", "EUR", "RUB", "KZT", "UZS"]).isSubset(of: Set(codes)), "\(codes)")
    let sources = Set(data.sources.map(\.id))
    for rate in data.exchangeRates {
      #expect(!rate.date.isEmpty && !rate.sources.isEmpty && rate.sources.allSatisfy(sources.contains))
    }
    // ISO 4217 minor units (iso-4217).
    let minorUnits = Dictionary(uniqueKeysWithValues: data.exchangeRates.map { ($0.currency, $0.minorUnit) })
    #expect(minorUnits["JPY"] == 0 && minorUnits["KWD"] == 3 && minorUnits["EUR"] == 2)
  }

  /// A copy of the bundled folder with one rate broken in the given way.
  func copy(replacing old: String, with new: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rates-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: try BundledNetwork.dataFolder(), to: folder)
    let file = folder.appendingPathComponent("exchange_rates.csv")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    return folder
  }

  @Test func malformedRateNamesFileLineColumnAndValue() throws {
    let folder = try copy(replacing: "RUB,2,87.7427,", with: "RUB,2,87,7427,")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect {
      _ = try DataFolder.read(folder)
    } throws: { error in
      // The extra comma shifts the row: the importer refuses it where it stops fitting.
      guard let error = error as? DataFileError else { return false }
      return error.location.file == "exchange_rates.csv" && error.location.line == 5
    }
    let rate = try copy(replacing: "RUB,2,87.7427,", with: "RUB,2,87.74.27,")
    defer { try? FileManager.default.removeItem(at: rate) }
    #expect {
      _ = try DataFolder.read(rate)
    } throws: { error in
      guard let error = error as? DataFileError else { return false }
      return error.description.hasPrefix("exchange_rates.csv:5:") && error.field == "units_per_usd"
        && error.value == "87.74.27" && error.description.contains("713.28/780.47")
    }
  }

  @Test func unknownSourceAndDuplicateAreReported() throws {
    var data = try DataFolder.load(try BundledNetwork.dataFolder())
    data.exchangeRates[0].sources = ["nowhere"]
    data.exchangeRates.append(data.exchangeRates[1])
    data.exchangeRates.append(
      ExchangeRateRecord(
        currency: "euro", minorUnit: 5, rate: try #require(ExchangeRate("1.1")), date: "",
        sources: ["iso-4217"]))
    let messages = DataFolder.issues(in: data).map(\.description).joined(separator: "\n")
    for expected in [
      "unknown source 'nowhere'", "duplicate rate for", "not an ISO 4217 code", "out of range 0-3",
      "needs the date",
    ] {
      #expect(messages.contains(expected), "missing '\(expected)' in \(messages)")
    }
  }
}
