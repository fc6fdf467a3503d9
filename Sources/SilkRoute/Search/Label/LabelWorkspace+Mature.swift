extension LabelWorkspace {
  /// Group lists with three or more dominance dimensions, where no one criterion decides as the
  /// two-dimensional walk's least second does. A group's labels settle at one terminal in queue
  /// order, and a label compared against them is charged at most `window` in the first dimension
  /// (its document's dearest charge there), so it is compared at no less than the newest label's
  /// first criterion minus `window`. A label that far below the newest is *mature*: every label
  /// compared from then on is at least it in the first dimension, so only the other dimensions
  /// decide, and a mature label another mature label dominates in those can never be the only one
  /// to dominate. The group keeps its recent labels in its list (compared in every dimension) and
  /// the mature ones in a second list truncated to their front in the other dimensions, headed at
  /// `matureSlot(group)`.
  @inline(__always) func matureSlot(_ group: Int) -> Int { groupHalf + group }

  /// Adds `vector` to `group` and moves the labels that fell `window` or more below it in `first`
  /// to the group's mature list, truncated with `rest` (the dominance dimensions but the first).
  mutating func appendToGroup(
    _ group: Int, _ vector: CriteriaVector, first: CriteriaVector.Dimension, window: Int64,
    rest: DominanceMask
  ) {
    let head = groupHead(group)
    groupNext.append(head)
    groupVector.append(vector)
    let index = Int32(groupNext.count - 1)
    groupHeads.set(group, index, stamp: now)
    let mature = vector[first] - window
    var previous = index
    var entry = head
    while entry >= 0 && groupVector[Int(entry)][first] > mature {
      previous = entry
      entry = groupNext[Int(entry)]
    }
    guard entry >= 0 else { return }
    groupNext[Int(previous)] = -1
    while entry >= 0 {
      let next = groupNext[Int(entry)]
      addMature(entry, to: group, rest: rest)
      entry = next
    }
  }

  /// Links group entry `entry` into `group`'s mature list unless a mature label dominates it in
  /// `rest`, unlinking the mature labels it dominates.
  private mutating func addMature(_ entry: Int32, to group: Int, rest: DominanceMask) {
    let slot = matureSlot(group)
    let vector = groupVector[Int(entry)]
    var previous: Int32 = -1
    var current = groupHeads.value(slot, stamp: now)
    while current >= 0 {
      let next = groupNext[Int(current)]
      // Whatever `vector` dominated and was unlinked, this one dominates too.
      if rest.dominates(groupVector[Int(current)], vector) { return }
      if rest.dominates(vector, groupVector[Int(current)]) {
        if previous >= 0 { groupNext[Int(previous)] = next } else { groupHeads.set(slot, next, stamp: now) }
      } else {
        previous = current
      }
      current = next
    }
    groupNext[Int(entry)] = groupHeads.value(slot, stamp: now)
    groupHeads.set(slot, entry, stamp: now)
  }

  /// Whether a label of `group` dominates `target` (three or more dimensions): a recent one under
  /// `mask`, a mature one under `rest`.
  @inline(__always) func groupDominates(
    _ group: Int, _ target: CriteriaVector, mask: DominanceMask, rest: DominanceMask
  ) -> Bool {
    var entry = groupHead(group)
    while entry >= 0 {
      if mask.dominates(groupVector[Int(entry)], target) { return true }
      entry = groupNext[Int(entry)]
    }
    entry = groupHeads.value(matureSlot(group), stamp: now)
    while entry >= 0 {
      if rest.dominates(groupVector[Int(entry)], target) { return true }
      entry = groupNext[Int(entry)]
    }
    return false
  }
}
