import Foundation
import SilkRoute

/// A checked request in its normal form, with the data version: what a quote id hashes.
///
/// Normal form: the planner's query as ``RouteRequest/plan()`` checked it (cargo parsed, defaults
/// filled in, amounts in cents, times as instants), origin and destination as the city ids they
/// resolve to, sets sorted, the kind of answer asked for and the currency. Encoded as canonical JSON (keys sorted),
/// so `Almaty` and `almaty`, `FEU` and `1xFEU` name the same quote.
public struct QuoteKey: Encodable, Hashable, Sendable {
  public var dataVersion: String
  public var query: RouteQuery
  /// `allowedModes` and `constraints.avoidModes`, sorted (a `Set` encodes in no fixed order).
  public var allowedModes: [String]
  public var avoidModes: [String]
  /// `best`, `pareto:<criteria>[:<epsilon ppm>]`, `alternatives:<n>` or `arriveBy:<instant>`.
  public var answer: String
  public var billOfLadingDraft: Bool
  /// The currency the quote is also given in (its amounts are part of the quote).
  public var currency: String?

  /// - Parameters:
  ///   - from: the city id the origin resolves to (nil: the name as given).
  ///   - to: the city id the destination resolves to (nil: the name as given).
  public init(plan: PlanRequest, dataVersion: String, from: String? = nil, to: String? = nil) {
    self.dataVersion = dataVersion
    var query = plan.query
    query.from = from ?? query.from
    query.to = to ?? query.to
    allowedModes = query.allowedModes.map(\.rawValue).sorted()
    avoidModes = query.constraints.avoidModes.map(\.rawValue).sorted()
    query.allowedModes = []
    query.constraints.avoidModes = []
    self.query = query
    answer = Self.answer(plan.mode)
    billOfLadingDraft = plan.billOfLadingDraft
    currency = plan.currency
  }

  private static func answer(_ mode: PlanRequest.Mode) -> String {
    switch mode {
    case .best: "best"
    case .pareto(let criteria, let epsilon):
      "pareto:" + criteria.map(\.rawValue).joined(separator: ",")
        + (epsilon.map { ":\($0.partsPerMillion)" } ?? "")
    case .alternatives(let count): "alternatives:\(count)"
    case .latestDeparture(let deadline): "arriveBy:\(deadline.iso8601)"
    case .departureSweep(let window):
      "departWindow:\(window.from.iso8601)/\(window.to.iso8601)/\(window.every.rawValue)"
    }
  }

  /// The key's canonical bytes: JSON with keys sorted by their UTF-8 bytes (``CanonicalJSON``).
  public var canonicalJSON: Data {
    var bytes: [UInt8] = []
    write(to: &bytes)
    return Data(bytes)
  }

  /// `Q-` and the FNV-1a 64-bit hash of ``canonicalJSON`` in 16 hex digits.
  public var id: String {
    var hash = FNV1a64()
    write(to: &hash)
    return Self.id(hash: hash.value)
  }

  /// `Q-` and `hash` in 16 lowercase hex digits.
  static func id(hash: UInt64) -> String {
    let hex = String(hash, radix: 16)
    return "Q-" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Every member is a plain value type whose encoding cannot fail (no floating point); were one
  /// to fail, what was written so far would still hash.
  func write(to sink: inout some CanonicalSink) {
    try? CanonicalJSONEncoder.write(self, to: &sink)
  }
}
