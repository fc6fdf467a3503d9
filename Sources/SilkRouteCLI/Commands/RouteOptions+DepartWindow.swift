import SilkRoute
import SilkRouteAPI

/// `--depart-window FROM/TO` and `--every STEP` as the request's `departWindow`.
extension RouteOptions {
  /// - Throws: `RequestError` naming the malformed value, or `--every` without a window.
  func departWindowSpec() throws(RequestError) -> RouteRequest.DepartWindowSpec? {
    guard let departWindow else {
      if let every {
        throw RequestError(
          field: "departWindow.everyMinutes",
          message: "'\(ErrorWording.escaped(every))' is the step of a departure window: give the window too")
      }
      return nil
    }
    let parts = departWindow.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw RequestError(
        field: "departWindow",
        message: "'\(ErrorWording.escaped(departWindow))' must look like 2026-12-01/2026-12-14 (FROM/TO)")
    }
    var minutes: Int64?
    if let every {
      guard let step = DurationText.parse(every) else {
        throw RequestError(
          field: "departWindow.everyMinutes",
          message: "'\(ErrorWording.escaped(every))' is not a duration like 1d, 12h or 90m")
      }
      minutes = step.rawValue
    }
    return RouteRequest.DepartWindowSpec(from: parts[0], to: parts[1], everyMinutes: minutes)
  }
}
