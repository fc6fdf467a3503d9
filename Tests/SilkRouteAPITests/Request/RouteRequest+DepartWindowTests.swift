import Foundation
import SilkRoute
import Testing

@testable import SilkRouteAPI

/// `departWindow`: read into a window of departures; malformed windows and combinations with
/// fields that ask for another answer refused, naming the value or both fields.
@Suite struct RouteRequestDepartWindowTests {
  @Test func windowBecomesASweep() throws {
    let plan = try decode(
      #"{"from": "A", "to": "B", "departWindow": {"from": "2026-12-01", "to": "2026-12-14T00:00Z"}}"#
    ).plan()
    let from = try #require(Instant(iso8601: "2026-12-01"))
    let to = try #require(Instant(iso8601: "2026-12-14"))
    let window = try #require(DepartureWindow(from: from, to: to, every: .days(1)))
    #expect(plan.mode == .departureSweep(window))
    #expect(window.departures.count == 14)
    let hourly = try decode(
      #"{"from": "A", "to": "B", "departWindow": {"from": "2026-12-01T08:00+08:00", "to": "2026-12-02", "everyMinutes": 360}}"#
    ).plan()
    guard case .departureSweep(let sixHours) = hourly.mode else {
      Issue.record("not a sweep: \(hourly.mode)")
      return
    }
    #expect(sixHours.every == Minutes(360) && sixHours.departures.count == 5)
    #expect(sixHours.departures.first == Instant(iso8601: "2026-12-01T00:00Z"))
  }

  /// An unknown key inside the window is accepted and listed, like any other.
  @Test func unknownKeysInTheWindowAreListed() throws {
    let request = try decode(
      #"{"from": "A", "to": "B", "departWindow": {"from": "2026-12-01", "to": "2026-12-03", "step": "1d"}}"#)
    #expect(request.ignoredFields == ["departWindow.step"])
  }

  @Test(arguments: [
    (#"{"from": "yesterday", "to": "2026-12-03"}"#, "departWindow.from", "'yesterday'"),
    (#"{"from": "2026-12-01", "to": "2026-13-03"}"#, "departWindow.to", "'2026-13-03'"),
    (#"{"from": "2026-12-03", "to": "2026-12-01"}"#, "departWindow.to", "'2026-12-01' is not after"),
    (#"{"from": "2026-12-01", "to": "2026-12-01"}"#, "departWindow.to", "is not after"),
    (
      #"{"from": "2026-12-01", "to": "2026-12-02", "everyMinutes": 0}"#, "departWindow.everyMinutes",
      "0 must be"
    ),
    (#"{"from": "2026-12-01", "to": "2026-12-02", "everyMinutes": -5}"#, "departWindow.everyMinutes", "-5"),
    (#"{"from": "2026-01-01", "to": "2027-01-02"}"#, "departWindow", "more than 366"),
    (#"{"from": "2026-12-01", "to": "2026-12-02", "everyMinutes": 3}"#, "departWindow", "every 3 minutes"),
  ])
  func malformedWindowsNameTheValue(window: String, field: String, words: String) throws {
    let request = try decode(#"{"from": "A", "to": "B", "departWindow": \#(window)}"#)
    #expect {
      try request.plan()
    } throws: { error in
      guard let error = error as? RequestError else { return false }
      return error.field == field && error.message.contains(words) && !error.description.contains("\n")
    }
  }

  @Test(arguments: [
    (#""depart": "2026-12-01T08:00Z""#, "depart"), (#""arriveBy": "2026-12-20T00:00Z""#, "arriveBy"),
    (#""pareto": ["cost", "time"]"#, "pareto"), (#""alternatives": 3"#, "alternatives"),
    (#""constraints": {"deadline": "2026-12-28T00:00Z"}"#, "constraints.deadline"),
    (#""billOfLadingDraft": true"#, "billOfLadingDraft"),
  ])
  func conflictsNameBothFields(other: String, field: String) throws {
    let request = try decode(
      #"{"from": "A", "to": "B", \#(other), "departWindow": {"from": "2026-12-01", "to": "2026-12-03"}}"#)
    #expect {
      try request.plan()
    } throws: { error in
      guard let error = error as? RequestError else { return false }
      return error.field == "departWindow" && error.otherFields == [field]
    }
  }

  /// A duration limit bounds each departure's route: it goes with a window.
  @Test func durationLimitGoesWithAWindow() throws {
    let plan = try decode(
      #"{"from": "A", "to": "B", "constraints": {"maxDurationMinutes": 28800}, "departWindow": {"from": "2026-12-01", "to": "2026-12-03"}}"#
    ).plan()
    #expect(plan.query.constraints.maxDuration == Minutes(28_800))
    guard case .departureSweep = plan.mode else {
      Issue.record("not a sweep")
      return
    }
  }
}
