import SilkRoute
import Testing

@testable import SilkRouteCLI

/// `data validate`, `data import` and `data export` count places as `silkroute cities` does.
@Suite struct CityCountTextTests {
  static func city(_ id: String, _ country: String, _ status: CityRecord.Status = .confirmed) -> CityRecord {
    CityRecord(id: id, name: id, country: country, latitude: 0, longitude: 0, status: status, sources: ["s"])
  }

  @Test func transitPointsAndTheirCountriesAreCountedApart() {
    var data = NetworkData()
    data.cities = [
      Self.city("a", "XA"), Self.city("b", "XA"), Self.city("c", "XB"), Self.city("t", "XC", .transit),
    ]
    #expect(CityCountText.of(data) == "3 cities in 2 countries and 1 transit point")
    data.cities.append(Self.city("u", "XA", .transit))
    #expect(CityCountText.of(data) == "3 cities in 2 countries and 2 transit points")
  }

  @Test func withoutTransitPointsNothingIsAdded() {
    var data = NetworkData()
    data.cities = [Self.city("a", "XA"), Self.city("b", "XB")]
    #expect(CityCountText.of(data) == "2 cities in 2 countries")
  }
}
