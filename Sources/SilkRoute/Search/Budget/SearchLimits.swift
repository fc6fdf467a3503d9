/// What one answer may spend: wall-clock time for all of its searches, and memory per label search
/// (counted in labels: a label costs ``bytesPerLabel`` with its queue entry and settled copy,
/// up to twice that while its arrays grow; a two-criteria search's labels cost
/// ``bytesPerTwoCriteriaLabel``, and it makes as many more of them as fit the same memory).
public struct SearchLimits: Hashable, Sendable {
  /// Wall-clock time for the whole answer (every search it runs, its diagnosis of a missing route
  /// included); nil: no limit.
  public var time: Duration?
  /// Labels one label search may create before it stops (with `RoutingError.searchTooLarge`, or
  /// with the routes found so far for a Pareto front).
  public var labels: Int

  /// The memory of one label: the label itself (criteria, place, parent), its queue entry and its
  /// settled copy. The limit is counted in labels of this size.
  public static let bytesPerLabel =
    bytesPerTwoCriteriaLabel + MemoryLayout<CriteriaVector>.stride + MemoryLayout<Int32>.stride

  /// The memory of one label of a two-criteria search, which keeps no settled copy (one
  /// criterion per state reached instead).
  public static let bytesPerTwoCriteriaLabel =
    MemoryLayout<LabelSearch.Label>.stride + MemoryLayout<LabelSearch.QueueEntry>.stride

  /// How many labels of `size` bytes fit the memory of `labels` labels of ``bytesPerLabel``
  /// (saturating; at least one).
  static func labels(inMemoryOf labels: Int, bytesPerLabel size: Int) -> Int {
    let (bytes, overflow) = labels.multipliedReportingOverflow(by: Self.bytesPerLabel)
    return overflow ? Int.max / size : max(1, bytes / size)
  }

  /// The memory one label search may use without a budget: 1 GiB.
  public static let defaultMemory = 1 << 30

  /// The label limit of a search without a budget: as many labels as fit ``defaultMemory``.
  public static let defaultLabels = defaultMemory / bytesPerLabel

  public init(time: Duration? = nil, labels: Int = SearchLimits.defaultLabels) {
    self.time = time
    self.labels = labels
  }

  /// Limits with the label search's memory stated in bytes (as many labels as fit).
  public init(time: Duration? = nil, memory: Int) {
    self.init(time: time, labels: max(1, memory / Self.bytesPerLabel))
  }

  /// The memory the label limit stands for, in bytes.
  public var memory: Int { labels * Self.bytesPerLabel }

  /// `1 GiB`, `512 MiB`, `190 KiB`: binary units, to one decimal below 10.
  public static func bytesText(_ bytes: Int) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    let rounded = value < 10 ? (value * 10).rounded() / 10 : value.rounded()
    let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    return "\(text) \(units[unit])"
  }
}
