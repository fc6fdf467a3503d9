extension LabelSearch {
  /// A label's index in the workspace's label array.
  struct LabelID: DenseIndex {
    var rawValue: Int32
    /// The parent of a label at a source: no label.
    static let none = LabelID(rawValue: -1)
  }

  /// Where a label is: terminal, via layer, document context and product (its state, decoded).
  struct Place {
    var terminal: Int32
    var context: Int32
    var layer: Int32
    var product: Int32

    init(terminal: TerminalID, layer: Int, context: Int32, product: Int) {
      self.terminal = Int32(terminal.index)
      self.context = context
      self.layer = Int32(layer)
      self.product = Int32(product)
    }
  }

  /// A label: its criteria, its place and state, and the label and arc it was reached from
  /// (``LabelID/none`` and `ArcID.invalid` at a source).
  struct Label {
    var vector: CriteriaVector
    var place: Place
    var state: Int32
    var parent: LabelID
    var arc: ArcID
  }

  /// A heap entry: the label's f in queue order (six criteria, no allocation) and its index.
  struct QueueEntry: Comparable {
    typealias Key = (Int64, Int64, Int64, Int64, Int64, Int64)
    var key: Key
    var label: LabelID
    static func == (lhs: QueueEntry, rhs: QueueEntry) -> Bool { lhs.key == rhs.key && lhs.label == rhs.label }
    @inline(__always) static func < (lhs: QueueEntry, rhs: QueueEntry) -> Bool {
      if lhs.key.0 != rhs.key.0 { return lhs.key.0 < rhs.key.0 }
      if lhs.key.1 != rhs.key.1 { return lhs.key.1 < rhs.key.1 }
      if lhs.key.2 != rhs.key.2 { return lhs.key.2 < rhs.key.2 }
      if lhs.key.3 != rhs.key.3 { return lhs.key.3 < rhs.key.3 }
      if lhs.key.4 != rhs.key.4 { return lhs.key.4 < rhs.key.4 }
      if lhs.key.5 != rhs.key.5 { return lhs.key.5 < rhs.key.5 }
      return lhs.label.rawValue < rhs.label.rawValue
    }
  }
}
