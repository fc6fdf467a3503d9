import Synchronization

/// Inputs built once per benchmark process. package-benchmark calls a benchmark's closure once per
/// sample, so set-up written inside it would run (cold) before every sample: networks, graphs and
/// query objects come from here instead, and the samples measure warm, reused query objects.
enum BenchmarkCache {
  /// Holds a value that is only ever used by the benchmark thread (query objects are not `Sendable`).
  final class Box<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  private static let values = Mutex<[String: any Sendable]>([:])

  /// The value cached under `key`, made by `make` on first use.
  static func value<Value>(_ key: String, _ make: () throws -> Value) throws -> Value {
    if let cached = values.withLock({ $0[key] }) as? Box<Value> { return cached.value }
    let made = try make()
    values.withLock { $0[key] = Box(made) }
    return made
  }
}
