import Foundation
import SilkRoute

/// The columns a batch's CSV may have: `id` (the caller's reference, echoed back) and the JSON
/// path of every request field (``RequestField/all``), e.g. `from`, `to`, `cargo.unit`,
/// `cargo.count`, `constraints.avoidModes`. A cell is that field's JSON value written as text:
/// lists separated by `;` (`rail;sea`), integers, `true`/`false`; an empty cell leaves the field
/// out. Delays (`disruptions.delays`) are `target=minutes` pairs (`Suez=1440;Khorgos=600`), or
/// the two columns `disruptions.delays.target` and `disruptions.delays.delayMinutes` as lists of
/// the same length. Mixed equipment (`cargo.items`) is written as on the command line
/// (`2xFEU+1xTEU`), or as the two columns `cargo.items.unit` and `cargo.items.count`, lists of the
/// same length.
enum BatchCSVColumns {
  static let id = BatchRequestDecoding.idField
  static let delays = "disruptions.delays"
  static let delayTargets = "disruptions.delays.target"
  static let delayMinutes = "disruptions.delays.delayMinutes"
  static let cargoItems = "cargo.items"
  static let itemUnits = "cargo.items.unit"
  static let itemCounts = "cargo.items.count"

  /// Every column name accepted, in the order of ``RequestField/all``.
  static var known: [String] {
    var names = [id]
    for field in RequestField.all where !names.contains(field.path) { names.append(field.path) }
    return names
  }

  static let lists: Set<String> = [
    "pareto", "constraints.avoidCountries", "constraints.avoidModes", "constraints.avoidCarriers",
    "constraints.avoidCrossings", "constraints.via", "disruptions.close",
  ]
  static let integers: Set<String> = [
    "alternatives", "cargo.count", "constraints.maxLegs", "constraints.maxTransfers",
    "constraints.maxDurationMinutes", "departWindow.everyMinutes",
  ]
  static let numbers: Set<String> = ["paretoEpsilon"]
  static let booleans: Set<String> = [
    "constraints.singleBillOfLading", "billOfLadingDraft", "containerOffer",
  ]

  /// The JSON value of one cell of column `path` (nil: an empty cell, the field left out).
  static func value(_ text: String, path: String) throws(BatchRowError) -> Any? {
    let text = text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return nil }
    if lists.contains(path) { return items(text) }
    if integers.contains(path) {
      guard let number = Int64(text) else {
        throw BatchRowError(field: path, message: "not an integer: \(text)")
      }
      return number
    }
    if numbers.contains(path) {
      guard let number = Double(text), number.isFinite else {
        throw BatchRowError(field: path, message: "not a number: \(text)")
      }
      return number
    }
    if booleans.contains(path) {
      switch text.lowercased() {
      case "true": return true
      case "false": return false
      default: throw BatchRowError(field: path, message: "not true or false: \(text)")
      }
    }
    if path == delays { return try delayPairs(text) }
    if path == cargoItems { return try cargoItems(text) }
    if path == delayTargets || path == itemUnits { return items(text) }
    if path == delayMinutes || path == itemCounts {
      return try items(text).map { item throws(BatchRowError) in
        guard let minutes = Int64(item) else {
          throw BatchRowError(field: path, message: "not an integer: \(item)")
        }
        return minutes
      }
    }
    return text
  }

  /// `a;b;c` as its items, each trimmed (empty items dropped).
  static func items(_ text: String) -> [String] {
    text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// `2xFEU+1xTEU` as item objects, one per container type.
  private static func cargoItems(_ text: String) throws(BatchRowError) -> [[String: Any]] {
    let cargo: Cargo
    do {
      cargo = try Cargo(parsing: text)
    } catch {
      throw BatchRowError(
        field: cargoItems, message: "expected containers such as 2xFEU+1xTEU, found \(text)")
    }
    guard !cargo.containerLoads.isEmpty else {
      throw BatchRowError(
        field: cargoItems, message: "expected containers such as 2xFEU+1xTEU, found \(text)")
    }
    return cargo.containerLoads.map { ["unit": $0.unit.rawValue, "count": $0.count] }
  }

  /// `Suez=1440;Khorgos=600` as delay objects.
  private static func delayPairs(_ text: String) throws(BatchRowError) -> [[String: Any]] {
    try items(text).map { item throws(BatchRowError) in
      let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, let minutes = Int64(parts[1]) else {
        throw BatchRowError(field: delays, message: "expected target=minutes, found \(item)")
      }
      return ["target": parts[0], "delayMinutes": minutes]
    }
  }
}
