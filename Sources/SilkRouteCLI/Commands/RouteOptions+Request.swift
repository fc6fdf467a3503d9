import Foundation
import SilkRoute
import SilkRouteAPI

/// Mapping the route options onto the one request model.
extension RouteOptions {
  /// A list option's values: repeated options and comma-separated values alike, trimmed, empty
  /// ones dropped (`--via A,B --via C` → A, B, C).
  static func list(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  /// `--pareto-epsilon`'s text as the request's number (its range is checked with the request).
  static func decimal(_ text: String) throws(RequestError) -> Double {
    let isDecimal =
      !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
      && text.filter { $0 == "." }.count <= 1 && text != "."
    guard isDecimal, let value = Double(text) else {
      throw RequestError(
        field: "paretoEpsilon",
        message: "'\(ErrorWording.escaped(text))' must be a number above 0 and at most 10 (e.g. 0.05)")
    }
    return value
  }

  /// The flags as the one request model; the CLI's own spellings (cargo `2xTEU`, durations `20d`,
  /// `--deadline` as a date-time or a duration, `--delay X=10d`) are read here and nowhere else.
  func request(from: String, to: String) throws(RequestError) -> RouteRequest {
    let parsedCargo: Cargo
    do {
      parsedCargo = try Cargo(parsing: cargo)
    } catch {
      throw RequestError(field: "cargo.unit", message: error.description)
    }
    let cargoSpec =
      parsedCargo.additionalContainers == nil
      ? RouteRequest.CargoSpec(
        unit: parsedCargo.unit.rawValue, count: parsedCargo.quantity, cargoClass: cargoClass,
        declaredValueUSD: value)
      : RouteRequest.CargoSpec(
        items: parsedCargo.containerLoads.map { .init(unit: $0.unit.rawValue, count: $0.count) },
        cargoClass: cargoClass, declaredValueUSD: value)
    var request = RouteRequest(
      from: from, to: to,
      cargo: cargoSpec,
      objective: objective, pareto: pareto.map { Self.list([$0]) },
      paretoEpsilon: try paretoEpsilon.map { text throws(RequestError) in try Self.decimal(text) },
      alternatives: alternatives,
      depart: depart, arriveBy: arriveBy, asOf: asOf, billOfLadingDraft: blDraft ? true : nil)
    request.currency = currency
    if noContainerOffer { request.containerOffer = false }
    var constraints = RouteRequest.ConstraintSpec(
      avoidCountries: Self.nonEmpty(avoidCountry), avoidModes: Self.nonEmpty(avoidMode),
      avoidCarriers: Self.nonEmpty(avoidCarrier), avoidCrossings: Self.nonEmpty(avoidCrossing),
      via: Self.nonEmpty(via), maxLegs: maxLegs, maxTransfers: maxTransfers, budgetUSD: budget,
      singleBillOfLading: singleBL ? true : nil)
    if let deadline {
      if Instant(iso8601: deadline) != nil {
        constraints.deadline = deadline
      } else if let minutes = DurationText.parse(deadline) {
        constraints.maxDurationMinutes = minutes.rawValue
      } else {
        throw RequestError(
          field: "constraints.deadline",
          message:
            "'\(ErrorWording.escaped(deadline))' is neither an ISO 8601 date-time like 2026-12-20T00:00Z nor a duration like 20d"
        )
      }
    }
    if constraints != RouteRequest.ConstraintSpec() { request.constraints = constraints }
    request.departWindow = try departWindowSpec()
    var delays: [RouteRequest.DelaySpec] = []
    for item in Self.list(delay) {
      let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty, let minutes = DurationText.parse(parts[1]) else {
        throw RequestError(
          field: "disruptions.delays",
          message: "'\(ErrorWording.escaped(item))' must look like Brest-Malaszewicze=10d")
      }
      delays.append(RouteRequest.DelaySpec(target: parts[0], delayMinutes: minutes.rawValue))
    }
    if !close.isEmpty || !delays.isEmpty {
      request.disruptions = RouteRequest.DisruptionSpec(
        close: Self.nonEmpty(close), delays: delays.isEmpty ? nil : delays)
    }
    return request
  }

  /// The list, or nil when it is empty (a request field left out).
  static func nonEmpty(_ values: [String]) -> [String]? {
    let items = list(values)
    return items.isEmpty ? nil : items
  }
}
