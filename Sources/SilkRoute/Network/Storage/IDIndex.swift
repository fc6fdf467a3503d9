import Foundation

/// Dense ids by record id (`"svc-qingdao-hamburg"` → `ServiceID(17)`): a dictionary, built when
/// the network is, or on the first lookup from the record ids alone when the network was opened
/// from a snapshot (a million service ids need not be hashed to answer a route query).
/// The first record with an id wins. Thread-safe.
public final class IDIndex<ID: DenseIndex>: @unchecked Sendable {
  private let lock = NSLock()
  private var table: [String: ID]?
  private let ids: (@Sendable () -> [String])?
  private let search: (@Sendable (String) -> Int?)?

  package init(_ table: [String: ID]) {
    self.table = table
    ids = nil
    search = nil
  }

  /// An index that answers each lookup with `search` (a binary search over a snapshot's sorted
  /// ids: no dictionary is built), and lists `ids` (record order) only when the whole dictionary
  /// is asked for.
  package init(search: @escaping @Sendable (String) -> Int?, ids: @escaping @Sendable () -> [String]) {
    table = nil
    self.ids = ids
    self.search = search
  }

  public subscript(id: String) -> ID? {
    if let search { return search(id).map { ID($0) } }
    return dictionary[id]
  }

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
