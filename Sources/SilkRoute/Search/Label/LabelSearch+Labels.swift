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
  /// (``LabelID/none`` and `ArcID.invalid` at a source). 64 bytes: the counted criteria (legs,
  /// transfers, documents) are kept in 32 bits, which no path can exceed (labels are numbered in
  /// 32 bits, and a label's path is a chain of labels).
  struct Label {
    var cost: Int64
    var time: Int64
    var co2: Int64
    var legs: Int32
    var transfers: Int32
    var documents: Int32
    var state: Int32
    var place: Place
    var parent: LabelID
    var arc: ArcID

    init(vector: CriteriaVector, place: Place, state: Int32, parent: LabelID, arc: ArcID) {
      cost = vector.cost
      time = vector.time
      co2 = vector.co2
      legs = Int32(clamping: vector.legs)
      transfers = Int32(clamping: vector.transfers)
      documents = Int32(clamping: vector.documents)
      self.state = state
      self.place = place
      self.parent = parent
      self.arc = arc
    }

    @inline(__always) var vector: CriteriaVector {
      CriteriaVector(
        cost: cost, time: time, co2: co2, legs: Int64(legs), transfers: Int64(transfers),
        documents: Int64(documents))
    }
  }

  /// A queue entry: the label's f in queue order, its index and its state. The first three criteria are kept
  /// whole; the fourth key packs the counted criteria that follow them (legs, transfers,
  /// documents, 21 bits each, saturating), or is the fourth criterion when that is cost, time or
  /// CO2. Every dominance dimension is ordered exactly (see `LabelSearch.queueKey`); the rest only
  /// break ties. 40 bytes, where six whole criteria took 56.
  struct QueueEntry: Comparable {
    typealias Key = (Int64, Int64, Int64, Int64)
    var key: Key
    var label: LabelID
    /// The label's state, so that a two-criteria search tests a label taken from the queue
    /// without reading it (a cache miss per label in a search of millions).
    var state: Int32
    static func == (lhs: QueueEntry, rhs: QueueEntry) -> Bool { lhs.key == rhs.key && lhs.label == rhs.label }
    @inline(__always) static func < (lhs: QueueEntry, rhs: QueueEntry) -> Bool {
      if lhs.key.0 != rhs.key.0 { return lhs.key.0 < rhs.key.0 }
      if lhs.key.1 != rhs.key.1 { return lhs.key.1 < rhs.key.1 }
      if lhs.key.2 != rhs.key.2 { return lhs.key.2 < rhs.key.2 }
      if lhs.key.3 != rhs.key.3 { return lhs.key.3 < rhs.key.3 }
      return lhs.label.rawValue < rhs.label.rawValue
    }
  }
}
