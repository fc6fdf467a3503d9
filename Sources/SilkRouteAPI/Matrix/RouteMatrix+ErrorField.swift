import SilkRoute

extension RouteMatrix {
  /// The JSON path of the field `error` is about: `from[2]` or `to[0]` for a city of a list,
  /// else the request's own field (``RouteRequest/field(of:in:)``).
  public func field(of error: RoutingError) -> String? {
    switch error {
    case .unknownCity(let name, _), .ambiguousCity(let name, _):
      for (path, selection) in [("from", origins), ("to", destinations)] {
        if case .cities(let names) = selection, let index = names.firstIndex(of: name) {
          return "\(path)[\(index)]"
        }
      }
      return RouteRequest.field(of: error, in: request)
    default:
      return RouteRequest.field(of: error, in: request)
    }
  }
}
