#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One `Int32` per slot, valid only while the slot's stamp equals the search's: a search starts
/// with every slot empty by moving to a new stamp (O(1)), not by clearing the array.
///
/// The slots are zeroed memory from `calloc`, which for the large arrays of a large network comes
/// from the kernel's zero pages: a first search touches (and pays for) only the pages of the
/// states it reaches, where an `Array(repeating:count:)` would write every state of the network
/// first (on 100,000 terminals a fifth of a one-off command's time went to that). Copied on
/// write, so `LabelWorkspace` stays a value.
final class StampedSlots: @unchecked Sendable {
  private struct Slot {
    var stamp: UInt32
    var value: Int32
  }

  let count: Int
  private let slots: UnsafeMutablePointer<Slot>
  private let zeroedByCalloc: Bool

  /// `count` slots, every stamp 0 (so empty for any stamp above 0).
  init(count: Int) {
    self.count = count
    let size = Swift.max(count, 1)
    if let zeroed = calloc(size, MemoryLayout<Slot>.stride) {
      slots = zeroed.bindMemory(to: Slot.self, capacity: size)
      zeroedByCalloc = true
    } else {
      zeroedByCalloc = false
      slots = .allocate(capacity: size)
      slots.initialize(repeating: Slot(stamp: 0, value: 0), count: size)
    }
  }

  deinit {
    if zeroedByCalloc { free(slots) } else { slots.deallocate() }
  }

  /// A copy of every slot.
  func copy() -> StampedSlots {
    let copy = StampedSlots(count: count)
    copy.slots.update(from: slots, count: count)
    return copy
  }

  /// The value of `slot` if it was set under `stamp`, else −1.
  @inline(__always) func value(_ slot: Int, stamp: UInt32) -> Int32 {
    precondition(slot >= 0 && slot < count, "slot out of range")
    let entry = slots[slot]
    return entry.stamp == stamp ? entry.value : -1
  }

  @inline(__always) func set(_ slot: Int, _ value: Int32, stamp: UInt32) {
    precondition(slot >= 0 && slot < count, "slot out of range")
    slots[slot] = Slot(stamp: stamp, value: value)
  }

  /// Every stamp back to 0 (before the search stamp wraps around).
  func clearStamps() {
    for slot in 0..<count { slots[slot].stamp = 0 }
  }
}
