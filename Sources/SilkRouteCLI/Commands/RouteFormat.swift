import ArgumentParser

enum RouteFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, geojson, emissions
}
