/// The dominance dimensions of a search as one all-ones or all-zeros mask per criterion: `a`
/// weakly dominates `b` iff no masked difference `b − a` is negative, tested without branches
/// (the criteria are far from overflow: sums of path weights).
struct DominanceMask {
  var cost: Int64 = 0
  var time: Int64 = 0
  var co2: Int64 = 0
  var legs: Int64 = 0
  var transfers: Int64 = 0
  var documents: Int64 = 0

  init(_ dimensions: [CriteriaVector.Dimension]) {
    for dimension in dimensions {
      switch dimension {
      case .cost: cost = -1
      case .time: time = -1
      case .co2: co2 = -1
      case .legs: legs = -1
      case .transfers: transfers = -1
      case .documents: documents = -1
      }
    }
  }

  /// `a` is at most `b` in every masked dimension (always true with no dimension).
  @inline(__always) func dominates(_ a: CriteriaVector, _ b: CriteriaVector) -> Bool {
    let exceeds =
      ((b.cost &- a.cost) & cost) | ((b.time &- a.time) & time) | ((b.co2 &- a.co2) & co2)
      | ((b.legs &- a.legs) & legs) | ((b.transfers &- a.transfers) & transfers)
      | ((b.documents &- a.documents) & documents)
    return exceeds >= 0
  }
}
