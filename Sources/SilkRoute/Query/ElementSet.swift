/// Elements selected by closures, delays or avoid-crossing, tested against arcs.
struct ElementSet {
  var cities = Set<CityID>()
  var terminals = Set<TerminalID>()
  var services = Set<ServiceID>()
  var transfers = Set<TransferID>()
  var crossings = Set<BorderCrossingID>()
  var passages = Set<String>()

  var isEmpty: Bool {
    cities.isEmpty && terminals.isEmpty && services.isEmpty && transfers.isEmpty && crossings.isEmpty
      && passages.isEmpty
  }

  mutating func insert(_ elements: [NetworkSelector.Element]) {
    for element in elements {
      switch element {
      case .city(let id): cities.insert(id)
      case .terminal(let id): terminals.insert(id)
      case .service(let id): services.insert(id)
      case .transfer(let id): transfers.insert(id)
      case .crossing(let id): crossings.insert(id)
      case .passage(let word): passages.insert(word)
      case .carrier, .country: break
      }
    }
  }

  func contains(terminal: TerminalID, in network: TransportNetwork) -> Bool {
    terminals.contains(terminal) || cities.contains(network.terminalCity[terminal.index])
  }

  /// Whether the arc uses a selected element. With `delayAtTailOnly`, a city or terminal matches
  /// only the arcs leaving it (a delay there is paid once, on departure).
  func matches(arc: Int, in network: TransportNetwork, delayAtTailOnly: Bool = false) -> Bool {
    let tail = network.arcTail[arc]
    let head = network.arcHead[arc]
    if contains(terminal: tail, in: network) { return true }
    if !delayAtTailOnly && contains(terminal: head, in: network) { return true }
    let service = Int(network.arcService[arc])
    if service >= 0 {
      if services.contains(ServiceID(service)) { return true }
      if !passages.isEmpty && network.records.service(service).passages.contains(where: passages.contains) {
        return true
      }
    } else if transfers.contains(TransferID(rawValue: network.arcTransfer[arc])) {
      return true
    }
    let crossing = network.arcCrossing[arc]
    if crossing >= 0, case .land(let id) = network.crossings[Int(crossing)].kind, crossings.contains(id) {
      return true
    }
    return false
  }
}
