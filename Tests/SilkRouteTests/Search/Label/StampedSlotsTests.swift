import Testing

@testable import SilkRoute

@Suite struct StampedSlotsTests {
  @Test func aSlotHoldsItsValueOnlyUnderItsStamp() {
    let slots = StampedSlots(count: 1_000_000)
    #expect(slots.value(0, stamp: 1) == -1)
    #expect(slots.value(999_999, stamp: 1) == -1)
    slots.set(999_999, 42, stamp: 1)
    #expect(slots.value(999_999, stamp: 1) == 42)
    #expect(slots.value(999_999, stamp: 2) == -1)
    slots.set(999_999, 7, stamp: 2)
    #expect(slots.value(999_999, stamp: 2) == 7)
    slots.clearStamps()
    #expect(slots.value(999_999, stamp: 2) == -1)
  }

  @Test func aCopyIsIndependent() {
    let slots = StampedSlots(count: 10)
    slots.set(3, 5, stamp: 1)
    let copy = slots.copy()
    copy.set(3, 9, stamp: 1)
    #expect(slots.value(3, stamp: 1) == 5)
    #expect(copy.value(3, stamp: 1) == 9)
  }

  @Test func workspacesCopiedBetweenSearchesDoNotShareTheirSlots() {
    var first = LabelWorkspace()
    first.prepare(stateCount: 8, terminalCount: 2)
    first.settle(4, CriteriaVector(cost: 1, time: 2, co2: 3, documents: 0))
    var second = first
    second.prepare(stateCount: 8, terminalCount: 2)
    second.settle(4, CriteriaVector(cost: 5, time: 5, co2: 5, documents: 0))
    #expect(first.head(4) == 0)
    #expect(first.settledVector[0].cost == 1)
    #expect(second.head(4) == 0)
    #expect(second.settledVector[0].cost == 5)
    first.prepare(stateCount: 8, terminalCount: 2)
    #expect(first.head(4) == -1)
  }
}
