/// Memory a `FlatArray` allocated for its own copy of some elements; freed with the last array
/// that reads it.
final class FlatAllocation: @unchecked Sendable {
  let pointer: UnsafeMutableRawPointer
  let count: Int

  init<Element: BitwiseCopyable>(_ elements: some Collection<Element>) {
    count = elements.count
    // At least one element's worth, so that the pointer is valid and aligned even when empty.
    pointer = UnsafeMutableRawPointer.allocate(
      byteCount: Swift.max(count, 1) * MemoryLayout<Element>.stride,
      alignment: Swift.max(MemoryLayout<Element>.alignment, 8))
    let typed = pointer.bindMemory(to: Element.self, capacity: Swift.max(count, 1))
    var position = 0
    for element in elements {
      (typed + position).initialize(to: element)
      position += 1
    }
  }

  deinit { pointer.deallocate() }
}
