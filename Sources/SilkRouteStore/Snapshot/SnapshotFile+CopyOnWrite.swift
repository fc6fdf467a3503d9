import SilkRoute

/// A snapshot's arrays are changed copy-on-write: a private mapping of the section's pages (the
/// weights of a destination territory's variant of the compiled profile differ from the mapped
/// ones in a handful of arcs, out of 51 MB on the synthetic 100k network).
extension SnapshotFile: CopyOnWriteMemory {
  func privateCopy(of base: UnsafeRawPointer, count: Int) -> (
    pointer: UnsafeMutableRawPointer, owner: AnyObject
  )? {
    mapped.privateMapping(start: mapped.base.distance(to: base), length: count).map { ($0.pointer, $0) }
  }
}
