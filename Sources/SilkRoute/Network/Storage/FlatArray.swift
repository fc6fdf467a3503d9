/// A read-only array of plain values, either in memory this process allocated or inside a
/// memory-mapped file (a compiled network snapshot, shared by every process that maps it). The
/// network's hot arrays are `FlatArray`s, so a snapshot opens without copying or parsing them.
///
/// Reads are bounds-checked like `Array`'s. Immutable and `Sendable`: the memory is never written
/// after construction, and `owner` keeps it alive (the allocation, or the mapping).
public struct FlatArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
  @usableFromInline let base: UnsafePointer<Element>
  public let count: Int
  /// Keeps `base` valid: a `FlatAllocation` or the mapped file.
  @usableFromInline let owner: AnyObject

  /// A copy of `elements` in memory of its own.
  public init(_ elements: some Collection<Element>) {
    let allocation = FlatAllocation(elements)
    base = UnsafePointer(allocation.pointer.assumingMemoryBound(to: Element.self))
    count = allocation.count
    owner = allocation
  }

  /// Elements already in memory that `owner` keeps alive and nobody writes (a mapped file).
  ///
  /// - Precondition: `base` is aligned for `Element` and `count` elements are readable.
  package init(unsafeBase base: UnsafeRawPointer, count: Int, owner: AnyObject) {
    precondition(
      Int(bitPattern: base) % MemoryLayout<Element>.alignment == 0 && count >= 0, "misaligned flat array")
    self.base = base.assumingMemoryBound(to: Element.self)
    self.count = count
    self.owner = owner
  }

  public init() { self.init(EmptyCollection()) }

  /// `count` zeros, in zeroed memory (`calloc`): only the pages read cost anything.
  package static func zeros(count: Int) -> FlatArray where Element: FixedWidthInteger {
    let allocation = FlatAllocation(
      zeroedCount: count, stride: MemoryLayout<Element>.stride, alignment: MemoryLayout<Element>.alignment)
    return FlatArray(unsafeBase: allocation.pointer, count: count, owner: allocation)
  }

  @inlinable public var startIndex: Int { 0 }
  @inlinable public var endIndex: Int { count }

  @inlinable public subscript(position: Int) -> Element {
    precondition(UInt(bitPattern: position) < UInt(bitPattern: count), "FlatArray index out of range")
    return base[position]
  }

  /// A copy of these elements with `changes` (index, new element) made: a private copy-on-write
  /// mapping when the elements are mapped from a file (`CopyOnWriteMemory`: only the pages of the
  /// changed elements are copied), else memory of its own copied in one go.
  ///
  /// - Complexity: O(changes) pages when mapped, else O(n + changes).
  package func updating(_ changes: [(index: Int, element: Element)]) -> FlatArray {
    let byteCount = count * MemoryLayout<Element>.stride
    let (pointer, keeper): (UnsafeMutableRawPointer, AnyObject)
    if let memory = owner as? CopyOnWriteMemory, count > 0,
      let copy = memory.privateCopy(of: UnsafeRawPointer(base), count: byteCount)
    {
      (pointer, keeper) = copy
    } else {
      let allocation = FlatAllocation(self)
      (pointer, keeper) = (allocation.pointer, allocation)
    }
    let typed = pointer.assumingMemoryBound(to: Element.self)
    for change in changes {
      precondition(UInt(bitPattern: change.index) < UInt(bitPattern: count), "FlatArray index out of range")
      typed[change.index] = change.element
    }
    return FlatArray(unsafeBase: pointer, count: count, owner: keeper)
  }

  /// The elements are contiguous: bulk copies (`Array(_:)`, `FlatArray(_:)`) copy them in one go.
  public func withContiguousStorageIfAvailable<Result>(
    _ body: (UnsafeBufferPointer<Element>) throws -> Result
  ) rethrows -> Result? {
    try withUnsafeBufferPointer(body)
  }

  /// The elements' memory, for bulk reads (checksums, snapshot writing).
  public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result)
    rethrows -> Result
  {
    try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base, count: count)) }
  }
}

extension FlatArray: Equatable where Element: Equatable {
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.elementsEqual(rhs) }
}

extension FlatArray: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension FlatArray: CustomStringConvertible {
  public var description: String { Array(self).description }
}
