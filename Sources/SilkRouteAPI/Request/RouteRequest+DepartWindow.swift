import SilkRoute

extension RouteRequest {
  /// `departWindow` checked: a window of at most ``DepartureWindow/maximumDepartures``
  /// departures, and no field that asks for another kind of answer or a departure of its own.
  ///
  /// - Throws: `RequestError` naming `departWindow` (or its part) and the conflicting field.
  func departWindowValue() throws(RequestError) -> DepartureWindow? {
    guard let spec = departWindow else { return nil }
    let from = try Self.instant(spec.from, field: "departWindow.from")
    let to = try Self.instant(spec.to, field: "departWindow.to")
    let every = spec.everyMinutes ?? 1440
    guard every > 0 else {
      throw RequestError(field: "departWindow.everyMinutes", message: "\(every) must be positive")
    }
    guard to > from else {
      throw RequestError(
        field: "departWindow.to",
        message:
          "'\(ErrorWording.escaped(spec.to))' is not after the window's start '\(ErrorWording.escaped(spec.from))'"
      )
    }
    guard let window = DepartureWindow(from: from, to: to, every: Minutes(every)) else {
      throw RequestError(
        field: "departWindow",
        message:
          "\(spec.from) to \(spec.to) every \(every) minutes holds more than \(DepartureWindow.maximumDepartures) departures"
      )
    }
    for (field, given) in [
      ("depart", depart != nil), ("arriveBy", arriveBy != nil), ("pareto", pareto != nil),
      ("alternatives", alternatives != nil), ("constraints.deadline", constraints?.deadline != nil),
      ("billOfLadingDraft", billOfLadingDraft == true),
    ] where given {
      throw RequestError(field: "departWindow", message: Self.windowConflict(field), conflictsWith: [field])
    }
    return window
  }

  private static func windowConflict(_ field: String) -> String {
    switch field {
    case "depart", "arriveBy": "the window gives the departures: not with a departure or an arrival deadline"
    case "pareto", "alternatives": "a sweep is one best route per departure, not several"
    case "constraints.deadline":
      "a deadline as a date-time is one departure's: give a longest duration instead"
    default: "a draft is made for one route, not for a sweep"
    }
  }
}
