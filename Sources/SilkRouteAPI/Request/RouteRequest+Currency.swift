import SilkRoute

extension RouteRequest {
  /// `currency` as an upper-case ISO 4217 code; whether the data has a rate for it is the
  /// service's check (``BookingService/answer(_:budget:)``).
  func currencyValue() throws(RequestError) -> String? {
    guard let currency else { return nil }
    let code = currency.uppercased()
    guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      throw RequestError(
        field: "currency",
        message: "'\(ErrorWording.escaped(currency))' is not a currency code: give three letters like EUR")
    }
    return code
  }
}
