#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Memory a `FlatArray` allocated for its own copy of some elements (or for zeros); freed with the
/// last array that reads it.
final class FlatAllocation: @unchecked Sendable {
  let pointer: UnsafeMutableRawPointer
  let count: Int
  /// Whether `pointer` came from `calloc` (freed with `free`).
  private let zeroedByCalloc: Bool

  init<Element: BitwiseCopyable>(_ elements: some Collection<Element>) {
    count = elements.count
    zeroedByCalloc = false
    // At least one element's worth, so that the pointer is valid and aligned even when empty.
    pointer = UnsafeMutableRawPointer.allocate(
      byteCount: Swift.max(count, 1) * MemoryLayout<Element>.stride,
      alignment: Swift.max(MemoryLayout<Element>.alignment, 8))
    let typed = pointer.bindMemory(to: Element.self, capacity: Swift.max(count, 1))
    // Contiguous elements (an array) are copied in one go.
    let copied: Bool? = elements.withContiguousStorageIfAvailable { buffer in
      if let base = buffer.baseAddress { typed.initialize(from: base, count: buffer.count) }
      return true
    }
    guard copied == nil else { return }
    var position = 0
    for element in elements {
      (typed + position).initialize(to: element)
      position += 1
    }
  }

  /// `count` elements of `stride` bytes, every byte zero: memory from `calloc`, which for a large
  /// array comes from the kernel's zero pages and costs only the pages that are read.
  init(zeroedCount count: Int, stride: Int, alignment: Int) {
    self.count = count
    if alignment <= 16, let zeroed = calloc(Swift.max(count, 1), stride) {
      pointer = zeroed
      zeroedByCalloc = true
    } else {
      pointer = UnsafeMutableRawPointer.allocate(
        byteCount: Swift.max(count, 1) * stride, alignment: Swift.max(alignment, 8))
      pointer.initializeMemory(as: UInt8.self, repeating: 0, count: Swift.max(count, 1) * stride)
      zeroedByCalloc = false
    }
  }

  deinit {
    if zeroedByCalloc { free(pointer) } else { pointer.deallocate() }
  }
}
