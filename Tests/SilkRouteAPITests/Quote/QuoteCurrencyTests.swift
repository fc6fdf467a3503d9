import Foundation
import SilkRoute
import SilkRouteTestSupport
import Testing

@testable import SilkRouteAPI

/// `currency`: the quote's amounts converted at the data's dated rate; bad codes refused clearly.
@Suite struct QuoteCurrencyTests {
  let service: BookingService

  init() throws {
    service = try BundledService.shared.get()
  }

  @Test func convertsEveryAmountOnceAtTheDatedRate() throws {
    var request = RouteRequest(from: "Jiaozhou", to: "Almaty")
    request.currency = "cny"
    let response = try service.answer(request)
    let itinerary = try #require(response.itinerary)
    let currency = try #require(response.quote?.currency)
    let record = try #require(service.network.records.exchangeRates.first { $0.currency == "CNY" })
    #expect(
      currency.code == "CNY" && currency.unitsPerUSD == record.rate.text && currency.rateDate == record.date)
    #expect(currency.rateSources == record.sources && !currency.rateSources.isEmpty)
    #expect(
      currency.totals.map(Optional.init) == [
        record.rate.convert(cents: itinerary.totals.costCents, minorUnit: 2)
      ])
    #expect(
      currency.stepCosts?.map(Optional.init)
        == itinerary.steps.map { record.rate.convert(cents: $0.costCents, minorUnit: 2) })
    // USD amounts are untouched, and without the field there is no conversion.
    let plain = try service.answer(RouteRequest(from: "Jiaozhou", to: "Almaty"))
    #expect(plain.itinerary == itinerary && plain.quote?.currency == nil)
    // The currency is part of the question: another id.
    #expect(plain.quote?.id != response.quote?.id)
  }

  @Test func frontsAndAlternativesConvertEachRoute() throws {
    var request = RouteRequest(from: "Jiaozhou", to: "Hamburg", pareto: ["cost", "time"])
    request.currency = "JPY"
    let response = try service.answer(request)
    let front = try #require(response.paretoFront)
    let currency = try #require(response.quote?.currency)
    let rate = try #require(ExchangeRate(currency.unitsPerUSD))
    #expect(currency.minorUnit == 0 && currency.stepCosts == nil)
    #expect(
      currency.totals.map(Optional.init)
        == front.map { rate.convert(cents: $0.totals.costCents, minorUnit: 0) })
  }

  @Test func unknownCurrencySuggestsTheClosest() throws {
    var request = RouteRequest(from: "Jiaozhou", to: "Almaty")
    request.currency = "EUX"
    #expect {
      _ = try service.answer(request)
    } throws: { error in
      guard case .invalidQuery(.currency, let message) = error as? RoutingError else { return false }
      return message.contains("'EUX'") && message.contains("did you mean EUR?") && message.contains("CNY")
    }
    request.currency = "euro"
    #expect {
      _ = try request.plan()
    } throws: { error in
      (error as? RequestError)?.field == "currency" && "\(error)".contains("'euro'")
    }
  }

  @Test func budgetsStayInDollars() throws {
    var request = RouteRequest(from: "Jiaozhou", to: "Hamburg", objective: "fastest")
    request.constraints = .init(budgetUSD: "8000")
    let dollars = try service.answer(request)
    request.currency = "RUB"
    let rubles = try service.answer(request)
    #expect(dollars.itinerary == rubles.itinerary)
    #expect((rubles.itinerary?.totals.costCents ?? .zero) <= Cents(800_000))
  }
}
