extension NetworkParts {
  /// Builds every part from `data`, checking every reference and value.
  ///
  /// - Throws: `InvalidNetworkError` listing every issue found.
  /// - Complexity: O(n + m log m) for n records and m arcs.
  init(_ data: NetworkData) throws(InvalidNetworkError) {
    var builder = NetworkBuilder(data: data)
    builder.build()
    guard builder.issues.isEmpty else { throw InvalidNetworkError(issues: builder.issues) }
    records = NetworkRecords(data)
    cityIndex = IDIndex(builder.cityIndex)
    terminalIndex = IDIndex(builder.terminalIndex)
    serviceIndex = IDIndex(builder.serviceIndex)
    carrierIndex = IDIndex(builder.carrierIndex)
    territoryIndex = IDIndex(builder.territoryIndex)
    borderCrossingIndex = IDIndex(builder.borderCrossingIndex)
    var transfers: [String: TransferID] = [:]
    for (index, transfer) in data.transfers.enumerated() where transfers[transfer.id] == nil {
      transfers[transfer.id] = TransferID(index)
    }
    transferIndex = IDIndex(transfers)
    // Without issues, every city has a territory and every terminal a city.
    cityTerritory = FlatArray(builder.cityTerritory.compactMap { $0 })
    cityLatitude = FlatArray(data.cities.map(\.latitude))
    cityLongitude = FlatArray(data.cities.map(\.longitude))
    let terminalCity = builder.terminalCity.compactMap { $0 }
    self.terminalCity = FlatArray(terminalCity)
    cityTerminals = CityTerminals(terminalCity: terminalCity, cityCount: data.cities.count)
    terminalMode = FlatArray(data.terminals.map(\.mode))
    asOfDay = data.edition?.asOfDay
    crossings = builder.crossings
    timetables = TimetableTable(builder.timetables)
    (firstOut, arcTail, arcHead, arcService, arcTransfer, arcCrossing, arcTimetable) = Self.arcs(
      builder, data)
    let (inOffsets, incoming) = Self.sortArcs(by: Array(arcHead), terminalCount: data.terminals.count)
    firstIn = FlatArray(inOffsets)
    inArc = FlatArray(incoming.map { Int32($0) })
    let validity = Self.arcValidity(
      data, arcService: Array(arcService), arcTransfer: Array(arcTransfer), arcCrossing: Array(arcCrossing),
      crossings: crossings)
    (arcValidFrom, arcValidUntil) = (FlatArray(validity.0), FlatArray(validity.1))
    serviceContext = FlatArray(builder.serviceContext)
    contextCount = data.documentRegimes.isEmpty ? 1 : Int(builder.contextCount)
    serviceWords = (data.services.count + 63) / 64
    operatorServiceBits = FlatArray(Self.bitSets(builder.operatorServices, words: serviceWords))
    var breaks: [DocumentRegime: (cost: Cents, time: Minutes)] = [:]
    for record in data.documentRegimes {
      breaks[record.regime] = (record.newDocumentCost, record.newDocumentTime)
    }
    newDocument = breaks
    serviceDocument = FlatArray(data.services.map(\.document))
    serviceMode = FlatArray(data.services.map(\.mode))
    serviceCargoClasses = FlatArray(data.services.map(\.cargoClasses))
    serviceTariff = TariffColumns(
      data.services.map { service in
        service.indexFactor.map { service.tariff.scaled(by: $0) } ?? service.tariff
      })
    serviceTransit = FlatArray(data.services.map(\.transit))
    serviceDistance = FlatArray(data.services.map(\.distance))
    serviceIntensity = FlatArray(data.services.map(\.co2Intensity))
    transferTariff = TariffColumns(data.transfers.map(\.tariff))
    transferTime = FlatArray(data.transfers.map(\.time))
    serviceNewDocumentCost = FlatArray(data.services.map { breaks[$0.document]?.cost.rawValue ?? 0 })
    serviceNewDocumentTime = FlatArray(data.services.map { breaks[$0.document]?.time.rawValue ?? 0 })
    nextDocumentCharges = NextDocumentCharges(
      firstOut: firstOut, arcHead: arcHead, arcService: arcService, serviceContext: serviceContext,
      newDocumentCost: serviceNewDocumentCost, newDocumentTime: serviceNewDocumentTime)
  }

  /// The builder's arcs sorted by tail, as CSR arrays.
  private static func arcs(_ builder: NetworkBuilder, _ data: NetworkData) -> (
    FlatArray<Int32>, FlatArray<TerminalID>, FlatArray<TerminalID>, FlatArray<Int32>, FlatArray<Int32>,
    FlatArray<Int32>, FlatArray<Int32>
  ) {
    let arcs = builder.arcs
    let noIndex = TransportNetwork.noIndex
    let (offsets, order) = sortArcs(by: arcs.map(\.tail), terminalCount: data.terminals.count)
    return (
      FlatArray(offsets), FlatArray(order.map { arcs[$0].tail }), FlatArray(order.map { arcs[$0].head }),
      FlatArray(order.map { arcs[$0].service?.rawValue ?? noIndex }),
      FlatArray(order.map { arcs[$0].transfer?.rawValue ?? noIndex }),
      FlatArray(order.map { arcs[$0].crossing ?? noIndex }),
      FlatArray(order.map { arcs[$0].timetable ?? noIndex })
    )
  }

  /// A stable counting sort of arcs by the terminal `key` gives each (its tail, or its head for the
  /// reverse CSR): the offsets (`count + 1`) and the arcs in that order.
  ///
  /// - Complexity: O(n + m) for n terminals and m arcs.
  static func sortArcs(by key: [TerminalID], terminalCount: Int) -> (offsets: [Int32], order: [Int]) {
    var offsets = [Int32](repeating: 0, count: terminalCount + 1)
    for terminal in key { offsets[terminal.index + 1] += 1 }
    for node in 0..<terminalCount { offsets[node + 1] += offsets[node] }
    var next = offsets
    var order = [Int](repeating: 0, count: key.count)
    for (position, terminal) in key.enumerated() {
      order[Int(next[terminal.index])] = position
      next[terminal.index] += 1
    }
    return (offsets, order)
  }

  /// Per owner, its set of services as `words` 64-bit words, concatenated.
  static func bitSets(_ sets: [Set<Int32>], words: Int) -> [UInt64] {
    var bits = [UInt64](repeating: 0, count: words * sets.count)
    for (owner, services) in sets.enumerated() {
      for service in services { bits[owner * words + Int(service) / 64] |= 1 << (UInt64(service) % 64) }
    }
    return bits
  }

  /// Per arc, the days it may be used; empty arrays when no record is dated.
  static func arcValidity(
    _ data: NetworkData, arcService: [Int32], arcTransfer: [Int32], arcCrossing: [Int32],
    crossings: [CustomsCrossing]
  ) -> ([Int32], [Int32]) {
    let dated =
      data.services.contains { $0.validity.isBounded } || data.transfers.contains { $0.validity.isBounded }
      || data.borderCrossings.contains { $0.validity.isBounded }
    guard dated else { return ([], []) }
    // A malformed or empty range (reported by validation) is never valid.
    func days(_ validity: Validity) -> (Int32, Int32) {
      validity.days.map { ($0.lowerBound, $0.upperBound) } ?? (.max, .min)
    }
    let services = data.services.map { days($0.validity) }
    let transfers = data.transfers.map { days($0.validity) }
    let borders = data.borderCrossings.map { days($0.validity) }
    var from = [Int32](repeating: .min, count: arcService.count)
    var until = [Int32](repeating: .max, count: arcService.count)
    for arc in 0..<arcService.count {
      var range = (Int32.min, Int32.max)
      if arcService[arc] != TransportNetwork.noIndex {
        range = services[Int(arcService[arc])]
      } else if arcTransfer[arc] != TransportNetwork.noIndex {
        range = transfers[Int(arcTransfer[arc])]
      }
      if arcCrossing[arc] != TransportNetwork.noIndex,
        case .land(let border) = crossings[Int(arcCrossing[arc])].kind
      {
        let crossing = borders[border.index]
        range = (max(range.0, crossing.0), min(range.1, crossing.1))
      }
      (from[arc], until[arc]) = range
    }
    return (from, until)
  }

}
