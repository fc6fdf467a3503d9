/// Reusable buffers for label searches: settled-list heads stamped per search (reset in O(1)),
/// label arrays emptied but kept with their capacity. One per thread or task.
public struct LabelWorkspace: Sendable {
  /// Per state: the last label settled there (−1 none), under this search's stamp `now`.
  var settledHeads = StampedSlots(count: 0)
  var now: UInt32 = 0
  var settledNext: [Int32] = []
  var settledVector: [CriteriaVector] = []
  var labels: [LabelSearch.Label] = []
  var queue = LabelQueue()
  /// Target labels settled, in order, and their staircase over the second and third dimensions.
  var targets: [CriteriaVector] = []
  var targetStaircase = Staircase()
  /// Per terminal: whether it is a target of the running search (cleared when it ends).
  var isTarget: [Bool] = []
  /// Settled labels per (terminal, layer, product, group) for dominance across document contexts,
  /// stored already charged with their context's penalty.
  var groupHeads = StampedSlots(count: 0)
  var groupNext: [Int32] = []
  var groupVector: [CriteriaVector] = []
  /// Per group entry: the least second dominance criterion of it and every older entry of its
  /// group (two-dimensional searches; see `Run.dominatedByGroup`).
  var groupLeastSecond: [Int64] = []
  /// The first slot of `groupHeads`' second half, which heads the groups' mature lists.
  var groupHalf = 0

  public init() {}

  mutating func prepare(stateCount: Int, terminalCount: Int) {
    if settledHeads.count < stateCount {
      settledHeads = StampedSlots(count: stateCount)
      groupHeads.clearStamps()
      now = 0
    } else if !isKnownUniquelyReferenced(&settledHeads) {
      settledHeads = settledHeads.copy()
    }
    if !isKnownUniquelyReferenced(&groupHeads) { groupHeads = groupHeads.copy() }
    if now == .max {
      settledHeads.clearStamps()
      groupHeads.clearStamps()
      now = 0
    }
    now += 1
    if isTarget.count < terminalCount { isTarget = Array(repeating: false, count: terminalCount) }
    settledNext.removeAll(keepingCapacity: true)
    settledVector.removeAll(keepingCapacity: true)
    labels.removeAll(keepingCapacity: true)
    queue.removeAll()
    targets.removeAll(keepingCapacity: true)
    targetStaircase.removeAll()
  }

  /// Labels whose buffers a workspace keeps after a search its budget or label limit stopped; a
  /// larger one's are released, so that a runaway query does not hold its memory in the
  /// planner's pool.
  static let retainedLabels = 1 << 18

  /// Releases the label buffers if they grew past ``retainedLabels``.
  mutating func trim() {
    guard labels.capacity > Self.retainedLabels || settledVector.capacity > Self.retainedLabels else {
      return
    }
    labels = []
    settledNext = []
    settledVector = []
    queue = LabelQueue()
    groupNext = []
    groupVector = []
    groupLeastSecond = []
  }

  /// Sizes the group lists for this search (after `prepare`, whose timestamp they share).
  mutating func prepareGroups(count: Int) {
    // The second half heads the groups' mature lists (`matureSlot`).
    if groupHeads.count < 2 * count { groupHeads = StampedSlots(count: 2 * count) }
    groupHalf = groupHeads.count / 2
    groupNext.removeAll(keepingCapacity: true)
    groupVector.removeAll(keepingCapacity: true)
    groupLeastSecond.removeAll(keepingCapacity: true)
  }

  @inline(__always) func groupHead(_ group: Int) -> Int32 { groupHeads.value(group, stamp: now) }

  /// Adds `vector` to `group`, whose second dominance criterion is `second`.
  mutating func appendToGroup(_ group: Int, _ vector: CriteriaVector, second: Int64) {
    let head = groupHead(group)
    groupNext.append(head)
    groupVector.append(vector)
    groupLeastSecond.append(head >= 0 ? min(second, groupLeastSecond[Int(head)]) : second)
    groupHeads.set(group, Int32(groupVector.count - 1), stamp: now)
  }

  @inline(__always) func head(_ state: Int) -> Int32 { settledHeads.value(state, stamp: now) }

  @inline(__always) mutating func setHead(_ state: Int, _ value: Int32) {
    settledHeads.set(state, value, stamp: now)
  }

  /// Adds `vector` to the labels settled at `state`.
  @inline(__always) mutating func settle(_ state: Int, _ vector: CriteriaVector) {
    settledNext.append(head(state))
    settledVector.append(vector)
    setHead(state, Int32(settledVector.count - 1))
  }

  /// Adds `vector` to the labels settled at `state` and unlinks those it makes redundant: every
  /// label settled at `state` before it that it dominates in `rest` (the dominance dimensions but
  /// the first). Sound when every later vector compared at `state` is at least `vector` in the
  /// first dimension (labels settle in queue order): whatever such an older label dominates,
  /// `vector` dominates too. The list stays the settled labels' front in the other dimensions
  /// (LTMOA*'s truncated front), not all of them.
  @inline(__always) mutating func settle(
    _ state: Int, _ vector: CriteriaVector, truncating rest: DominanceMask
  ) {
    var previous: Int32 = -1
    var entry = head(state)
    while entry >= 0 {
      let next = settledNext[Int(entry)]
      if rest.dominates(vector, settledVector[Int(entry)]) {
        if previous >= 0 { settledNext[Int(previous)] = next } else { setHead(state, next) }
      } else {
        previous = entry
      }
      entry = next
    }
    settle(state, vector)
  }

  /// Whether a label settled at `state` dominates `vector` under `mask`; with `lastOnly`, only the
  /// last one settled is compared (a two-dimensional search, where it dominates if any does).
  @inline(__always) func settledDominates(
    _ state: Int, _ vector: CriteriaVector, mask: DominanceMask, lastOnly: Bool = false
  ) -> Bool {
    var entry = head(state)
    while entry >= 0 {
      if mask.dominates(settledVector[Int(entry)], vector) { return true }
      if lastOnly { break }
      entry = settledNext[Int(entry)]
    }
    return false
  }
}

extension LabelWorkspace {
  /// The arcs from a source to `label`, in travel order: its parents' arcs, reversed.
  func path(to label: LabelSearch.LabelID) -> [ArcID] {
    var arcs: [ArcID] = []
    var current = label
    while labels[current.index].arc != .invalid {
      arcs.append(labels[current.index].arc)
      current = labels[current.index].parent
    }
    return arcs.reversed()
  }
}
