/// Reusable buffers for label searches: settled-list heads stamped per search (reset in O(1)),
/// label arrays emptied but kept with their capacity. One per thread or task.
public struct LabelWorkspace: Sendable {
  /// Per state: the last label settled there (−1 none), under this search's stamp `now`.
  var settledHeads = StampedSlots(count: 0)
  var now: UInt32 = 0
  var settledNext: [Int32] = []
  var settledVector: [CriteriaVector] = []
  /// Two-criteria searches (BOA*'s g2_min): per state reached, the second criterion of the last
  /// label settled there, estimated (g + h: at one state the order is the same, and a label's
  /// queue entry holds its estimate), at the index its head holds. The last one dominates if any
  /// does, so nothing else of a settled label is kept.
  var settledSecond: [Int64] = []
  var labels: [LabelSearch.Label] = []
  /// Slots of `labels` whose labels left the queue dominated (no other label's parent): reused
  /// before the array grows, so that it holds the labels settled and queued, not every label made.
  var freeLabels: [LabelSearch.LabelID] = []
  /// Labels queued by the running search.
  var labelsMade = 0
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
  /// Per group entry with three or more dominance dimensions: its criteria.
  var groupVector: [CriteriaVector] = []
  /// Per group entry with two: its first dominance criterion, and the least second one of it and
  /// every older entry of its group (see `Run.dominatedByGroup`).
  var groupFirst: [Int64] = []
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
    settledSecond.removeAll(keepingCapacity: true)
    labels.removeAll(keepingCapacity: true)
    freeLabels.removeAll(keepingCapacity: true)
    labelsMade = 0
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
    freeLabels = []
    settledNext = []
    settledVector = []
    settledSecond = []
    queue = LabelQueue()
    groupNext = []
    groupVector = []
    groupFirst = []
    groupLeastSecond = []
  }

  /// Sizes the group lists for this search (after `prepare`, whose timestamp they share).
  mutating func prepareGroups(count: Int) {
    // The second half heads the groups' mature lists (`matureSlot`).
    if groupHeads.count < 2 * count { groupHeads = StampedSlots(count: 2 * count) }
    groupHalf = groupHeads.count / 2
    groupNext.removeAll(keepingCapacity: true)
    groupVector.removeAll(keepingCapacity: true)
    groupFirst.removeAll(keepingCapacity: true)
    groupLeastSecond.removeAll(keepingCapacity: true)
  }

  @inline(__always) func groupHead(_ group: Int) -> Int32 { groupHeads.value(group, stamp: now) }

  /// Adds a label to `group` of a two-criteria search: its criteria `first` and `second`.
  mutating func appendToGroup(_ group: Int, first: Int64, second: Int64) {
    let head = groupHead(group)
    groupNext.append(head)
    groupFirst.append(first)
    groupLeastSecond.append(head >= 0 ? min(second, groupLeastSecond[Int(head)]) : second)
    groupHeads.set(group, Int32(groupNext.count - 1), stamp: now)
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

  /// Records a label settled at `state` in a two-criteria search: its second criterion, which is
  /// less than the last one's there (it was not dominated, and is at least it in the first).
  @inline(__always) mutating func settle(_ state: Int, second: Int64) {
    let head = head(state)
    if head >= 0 {
      settledSecond[Int(head)] = second
    } else {
      settledSecond.append(second)
      setHead(state, Int32(settledSecond.count - 1))
    }
  }

  /// Whether a label settled at `state` dominates one whose second criterion is `second`, in a
  /// two-criteria search: every label settled there is at most it in the first (queue order).
  @inline(__always) func settledDominates(_ state: Int, second: Int64) -> Bool {
    let head = head(state)
    return head >= 0 && settledSecond[Int(head)] <= second
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

  /// Whether a label settled at `state` dominates `vector` under `mask`.
  @inline(__always) func settledDominates(_ state: Int, _ vector: CriteriaVector, mask: DominanceMask) -> Bool
  {
    var entry = head(state)
    while entry >= 0 {
      if mask.dominates(settledVector[Int(entry)], vector) { return true }
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
