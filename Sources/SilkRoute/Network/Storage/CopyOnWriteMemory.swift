/// The owner of read-only memory that can hand out a private, writable copy of part of it whose
/// pages are copied only when written: a mapped file (a compiled snapshot), mapped again privately.
/// `FlatArray.updating` then changes a few elements of a large mapped array at the cost of the
/// pages they lie on, not of the array.
package protocol CopyOnWriteMemory: AnyObject {
  /// A writable copy of the `count` bytes at `base` (inside this memory) and the object that keeps
  /// it alive, or nil when no such copy can be made (then the caller copies).
  func privateCopy(of base: UnsafeRawPointer, count: Int) -> (
    pointer: UnsafeMutableRawPointer, owner: AnyObject
  )?
}
