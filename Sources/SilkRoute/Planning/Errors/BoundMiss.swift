/// A bound the best route meeting the other constraints misses, and by how much.
public enum BoundMiss: Equatable, Sendable {
  case budget(cheapest: Cents, limit: Cents)
  case maxDuration(fastest: Minutes, limit: Minutes)
  case maxLegs(fewest: Int, limit: Int)
  case maxTransfers(fewest: Int, limit: Int)

  public func message(_ wording: ErrorWording) -> String {
    switch self {
    case .budget(let cheapest, let limit):
      "the cheapest route meeting the other constraints costs USD \(cheapest.dollarsText), over \(wording.parameter(.budget)) USD \(limit.dollarsText)"
    case .maxDuration(let fastest, let limit):
      "the fastest route meeting the other constraints takes \(fastest.compactText), over \(wording.parameter(.maxDuration)) \(limit.compactText)"
    case .maxLegs(let fewest, let limit):
      "every route needs at least \(fewest) legs, more than \(wording.parameter(.maxLegs)) \(limit)"
    case .maxTransfers(let fewest, let limit):
      "every route needs at least \(fewest) transfers, more than \(wording.parameter(.maxTransfers)) \(limit)"
    }
  }
}
