import SilkRoute

extension RouteRequest {
  /// The JSON path of the field `error` is about, if one is to blame (`constraints.via[1]` for
  /// an unknown via city, `constraints.avoidCountries[0]` for an unknown country).
  public static func field(of error: RoutingError, in request: RouteRequest) -> String? {
    func indexed(_ path: String, _ values: [String]?, _ name: String) -> String? {
      values?.firstIndex(of: name).map { "\(path)[\($0)]" }
    }
    switch error {
    case .unknownCity(let name, _), .ambiguousCity(let name, _):
      if request.from == name { return "from" }
      if request.to == name { return "to" }
      return indexed("constraints.via", request.constraints?.via, name)
    case .unknownName(let name, let kind, _):
      let constraints = request.constraints
      switch kind {
      case .city: return nil
      case .country: return indexed("constraints.avoidCountries", constraints?.avoidCountries, name)
      case .carrier: return indexed("constraints.avoidCarriers", constraints?.avoidCarriers, name)
      case .crossing: return indexed("constraints.avoidCrossings", constraints?.avoidCrossings, name)
      case .place:
        if let path = indexed("disruptions.close", request.disruptions?.close, name) { return path }
        return request.disruptions?.delays?.firstIndex { $0.target == name }.map {
          "disruptions.delays[\($0)].target"
        }
      }
    case .noRoute, .searchTooLarge, .budgetExceeded, .cancelled:
      return nil
    case .sameOriginAndDestination, .invalidQuery:
      return error.parameter.map(RequestField.path(of:))
    }
  }
}
