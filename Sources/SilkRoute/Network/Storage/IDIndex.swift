import Foundation

/// Dense ids by record id (`"svc-qingdao-hamburg"` → `ServiceID(17)`): a dictionary, built when
/// the network is, or on the first lookup from the record ids alone when the network was opened
/// from a snapshot (a million service ids need not be hashed to answer a route query).
/// The first record with an id wins. Thread-safe.
public final class IDIndex<ID: DenseIndex>: @unchecked Sendable {
  private let lock = NSLock()
  private var table: [String: ID]?
  private let ids: (@Sendable () -> [String])?

  init(_ table: [String: ID]) {
    self.table = table
    ids = nil
  }

  /// An index built from `ids` (record order) on its first lookup.
  package init(lazily ids: @escaping @Sendable () -> [String]) {
    table = nil
    self.ids = ids
  }

  public subscript(id: String) -> ID? { dictionary[id] }

  /// Every id and its dense id.
  public var dictionary: [String: ID] {
    lock.lock()
    defer { lock.unlock() }
    if let table { return table }
    var built: [String: ID] = [:]
    let list = ids?() ?? []
    built.reserveCapacity(list.count)
    for (index, id) in list.enumerated() where built[id] == nil { built[id] = ID(index) }
    table = built
    return built
  }
}
