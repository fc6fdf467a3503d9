import CGraphviz
import Foundation

/// The one process-wide lock around every Graphviz call. libgvc is not thread-safe, not even with
/// one context per thread (plugin resolution and cgraph's error state are global), so every
/// call into Graphviz — building, laying out, rendering, parsing and freeing — happens inside
/// `withLock`. Recursive, so that a `deinit` freeing a Graphviz object inside a locked section
/// can take it again.
enum GraphvizLock {
  private static let lock = NSRecursiveLock()

  static func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
