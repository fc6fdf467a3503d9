/// An ε-approximate search's test against the target labels: a label whose estimate `f` is within
/// a factor 1 + E of a target label in every criterion of the front (`t ≤ (1 + E) · f`) is
/// dropped, as exact search drops one a target label dominates. Any route through the dropped
/// label costs at least `f`, so a target label already comes within 1 + E of it: the front the
/// search returns is an ε-approximation of the exact one. Dimensions outside the front's criteria
/// (bounded resources) stay exact. Labels are compared exactly at states: only the targets relax.
struct TargetRelaxation {
  let epsilon: ParetoEpsilon
  let cost: Bool
  let time: Bool
  let co2: Bool
  let documents: Bool

  init(_ epsilon: ParetoEpsilon, dimensions: [CriteriaVector.Dimension]) {
    self.epsilon = epsilon
    cost = dimensions.contains(.cost)
    time = dimensions.contains(.time)
    co2 = dimensions.contains(.co2)
    documents = dimensions.contains(.documents)
  }

  /// `f` raised by the factor 1 + E in the relaxed dimensions (rounded down, exactly).
  @inline(__always) func apply(_ f: CriteriaVector) -> CriteriaVector {
    var relaxed = f
    if cost { relaxed.cost = epsilon.relaxed(f.cost) }
    if time { relaxed.time = epsilon.relaxed(f.time) }
    if co2 { relaxed.co2 = epsilon.relaxed(f.co2) }
    if documents { relaxed.documents = epsilon.relaxed(f.documents) }
    return relaxed
  }
}
