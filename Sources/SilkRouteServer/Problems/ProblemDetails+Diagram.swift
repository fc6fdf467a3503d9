extension ProblemDetails {
  /// 403: the network is too large for the server to draw whole (`GET /v1/network.svg`); says the
  /// limit and how to get a diagram otherwise.
  static func diagramTooLarge(services: Int, limit: Int) -> ProblemDetails {
    ProblemDetails(
      type: kind("diagram-too-large"), title: "Network too large to draw", status: 403,
      detail:
        "the network has \(services) services and this server draws the whole network only up to \(limit) "
        + "(silkroute serve --diagram-service-limit); draw part of it with silkroute diagram and a "
        + "selection, e.g. silkroute diagram --db FILE --mode rail --country KZ --from CITY --hops 2 "
        + "--output part.svg")
  }
}
