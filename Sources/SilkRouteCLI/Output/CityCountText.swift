import SilkRoute

/// "49 cities in 20 countries and 4 transit points": how the data commands count a dataset's
/// places, as `silkroute cities` does (transit points are border or gauge-change stations of a
/// corridor, not cities of the network, and their countries are not counted).
enum CityCountText {
  static func of(_ data: NetworkData) -> String {
    let cities = data.cities.filter { $0.status != .transit }
    let countries = Set(cities.map(\.country)).count
    let transit = data.cities.count - cities.count
    return "\(cities.count) cities in \(countries) countries"
      + (transit > 0 ? " and \(transit) transit point\(transit == 1 ? "" : "s")" : "")
  }
}
