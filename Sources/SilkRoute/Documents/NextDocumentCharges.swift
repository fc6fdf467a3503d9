/// Per terminal `t`: the non-rail document contexts of the services leaving `t` or a terminal its
/// transfers reach (the next service leg can only start there), each with the dearest new
/// document (cost, handling time) such a service starts, and whether a rail service leaves too.
/// What `ContextDominance` charges a label for not being under that context's document.
public struct NextDocumentCharges: Sendable {
  /// Terminal `t`'s contexts are `context[first[t] ..< first[t + 1]]`, ascending.
  package let first: FlatArray<Int32>
  package let context: FlatArray<Int32>
  package let cost: FlatArray<Int64>
  package let time: FlatArray<Int64>
  package let railLeaves: FlatArray<Bool>

  /// The arrays as they were (a compiled snapshot's).
  package init(
    first: FlatArray<Int32>, context: FlatArray<Int32>, cost: FlatArray<Int64>, time: FlatArray<Int64>,
    railLeaves: FlatArray<Bool>
  ) {
    self.first = first
    self.context = context
    self.cost = cost
    self.time = time
    self.railLeaves = railLeaves
  }

  /// - Complexity: O(Σ over terminals of the arcs leaving their transfer closures); transfers
  ///   join the terminals of a city, so closures are small.
  init(
    firstOut: FlatArray<Int32>, arcHead: FlatArray<TerminalID>, arcService: FlatArray<Int32>,
    serviceContext: FlatArray<Int32>, newDocumentCost: FlatArray<Int64>, newDocumentTime: FlatArray<Int64>
  ) {
    let terminalCount = max(firstOut.count - 1, 0)
    var first: [Int32] = [0]
    var context: [Int32] = []
    var cost: [Int64] = []
    var time: [Int64] = []
    var railLeaves = [Bool](repeating: false, count: terminalCount)
    // Per terminal: the terminal whose transfer closure last reached it.
    var seen = [Int?](repeating: nil, count: terminalCount)
    var stack: [Int] = []
    var dearest: [Int32: (cost: Int64, time: Int64)] = [:]
    for terminal in 0..<terminalCount {
      dearest.removeAll(keepingCapacity: true)
      seen[terminal] = terminal
      stack.append(terminal)
      while let node = stack.popLast() {
        for arc in Int(firstOut[node])..<Int(firstOut[node + 1]) {
          let service = Int(arcService[arc])
          if arcService[arc] == TransportNetwork.noIndex {
            let head = arcHead[arc].index
            if seen[head] != terminal {
              seen[head] = terminal
              stack.append(head)
            }
          } else if serviceContext[service] == DocumentContext.railService {
            railLeaves[terminal] = true
          } else {
            let known = dearest[serviceContext[service]] ?? (0, 0)
            dearest[serviceContext[service]] = (
              max(known.cost, newDocumentCost[service]), max(known.time, newDocumentTime[service])
            )
          }
        }
      }
      for key in dearest.keys.sorted() {
        context.append(key)
        cost.append(dearest[key]?.cost ?? 0)
        time.append(dearest[key]?.time ?? 0)
      }
      first.append(Int32(context.count))
    }
    self.first = FlatArray(first)
    self.context = FlatArray(context)
    self.cost = FlatArray(cost)
    self.time = FlatArray(time)
    self.railLeaves = FlatArray(railLeaves)
  }

  /// The most a label not under `context`'s document can pay over one under it, from `terminal`
  /// to its next service leg: (cost, time, one document), or nil when no service in `context`
  /// leaves there.
  public func charge(at terminal: Int, context wanted: Int32) -> (cost: Int64, time: Int64)? {
    var low = Int(first[terminal])
    var high = Int(first[terminal + 1])
    while low < high {
      let middle = (low + high) / 2
      if context[middle] < wanted { low = middle + 1 } else { high = middle }
    }
    guard low < Int(first[terminal + 1]), context[low] == wanted else { return nil }
    return (cost[low], time[low])
  }

  /// The most any context's charge at `terminal` can be: its dearest cost and its longest time
  /// (zero where no service needs a new document).
  public func dearest(at terminal: Int) -> (cost: Int64, time: Int64) {
    var most: (cost: Int64, time: Int64) = (0, 0)
    for index in Int(first[terminal])..<Int(first[terminal + 1]) {
      most = (max(most.cost, cost[index]), max(most.time, time[index]))
    }
    return most
  }

  /// Whether a rail service leaves `terminal` or a terminal its transfers reach.
  public func railLeaves(_ terminal: Int) -> Bool { railLeaves[terminal] }
}
