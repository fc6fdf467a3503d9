/// The immutable in-memory network: terminals as nodes, services and transfers as arcs in
/// compressed sparse row (CSR) arrays sorted by tail. Immutable and `Sendable`, shared by every
/// query: a final class, so that passing it on (into a query graph, a search, an itinerary
/// builder) retains one reference, not each of its arrays.
///
/// Arc `a` leaves `tail(a)`; the arcs out of terminal `t` are `firstOut[t] ..< firstOut[t + 1]`.
public final class TransportNetwork: Sendable {
  /// The records this network was built from (names, sources, notes).
  public let data: NetworkData

  // MARK: Lookup by id
  public let cityIndex: [String: CityID]
  public let terminalIndex: [String: TerminalID]
  public let serviceIndex: [String: ServiceID]
  public let carrierIndex: [String: CarrierID]
  public let territoryIndex: [String: TerritoryID]
  public let borderCrossingIndex: [String: BorderCrossingID]

  // MARK: Per city and terminal
  public let cityTerritory: [TerritoryID]
  public let cityTerminals: [[TerminalID]]
  public let terminalCity: [CityID]

  // MARK: Arcs (CSR)
  public let firstOut: [Int32]
  public let arcTail: [TerminalID]
  public let arcHead: [TerminalID]
  /// The service an arc travels on, or -1 for a transfer arc.
  public let arcService: [Int32]
  /// The transfer an arc performs, or -1 for a service arc.
  public let arcTransfer: [Int32]
  /// Index into `crossings` of the customs crossing on the arc, or -1.
  public let arcCrossing: [Int32]
  /// Every customs crossing that some arc makes.
  public let crossings: [CustomsCrossing]
  /// Index into `timetables` of the arc's departures, or -1 (departs whenever cargo is ready).
  public let arcTimetable: [Int32]
  /// First and last day (days since 1970-01-01) the arc may be used: its service or transfer's
  /// validity met with its border crossing's. Empty when nothing in the data is dated.
  public let arcValidFrom: [Int32]
  public let arcValidUntil: [Int32]
  /// The dataset edition's as-of day: the default date routes are valid on.
  public let asOfDay: Int32?
  /// Compiled timetables, parallel to `data.timetables`.
  public let timetables: [Timetable]
  /// Per service: its non-rail document context, or -1 for rail (see `DocumentContext`).
  public let serviceContext: [Int32]
  /// Number of document contexts (1 when the data models no document regimes).
  public let contextCount: Int
  /// Per operator: the services it can contract.
  public let operatorServices: [Set<Int32>]
  /// The same as bit sets for the searches' hot loop: operator `o` may contract service `s` iff bit
  /// `s % 64` of `operatorServiceBits[o * serviceWords + s / 64]` is set.
  let operatorServiceBits: [UInt64]
  let serviceWords: Int
  /// Per-service, per-transfer and per-terminal figures as flat arrays, so that per-query weight
  /// building never copies a record.
  public let serviceMode: [Mode]
  public let serviceCargoClasses: [CargoClassSet]
  public let serviceTariff: [Tariff]
  public let serviceTransit: [Minutes]
  public let serviceDistance: [Kilometres]
  public let serviceIntensity: [GramsPerTonneKilometre]
  public let transferTariff: [Tariff]
  public let transferTime: [Minutes]
  public let terminalMode: [Mode]
  /// Per service: its document regime, and the price of starting a new document of it (cents,
  /// minutes; zero where the data gives none) — flat arrays for the searches' hot loop.
  public let serviceDocument: [DocumentRegime]
  public let serviceNewDocumentCost: [Int64]
  public let serviceNewDocumentTime: [Int64]
  /// Per terminal and carrier context, the dearest new document its next service leg can cost
  /// a route not under that carrier's document (see `ContextDominance`).
  public let nextDocumentCharges: NextDocumentCharges
  /// New-document cost and time per regime (zero where the data gives none).
  public let newDocument: [DocumentRegime: (cost: Cents, time: Minutes)]
  /// Whether the data models document regimes (then routes pay for document breaks).
  public var documentsModelled: Bool { !data.documentRegimes.isEmpty }
  /// Reverse CSR: the arcs entering terminal `t` are `inArc[firstIn[t] ..< firstIn[t + 1]]`.
  public let firstIn: [Int32]
  public let inArc: [Int32]

  public var cityCount: Int { data.cities.count }
  public var terminalCount: Int { data.terminals.count }
  public var arcCount: Int { arcHead.count }

  /// Builds the network, checking every reference and value.
  ///
  /// - Throws: `InvalidNetworkError` listing every issue found.
  /// - Complexity: O(n + m log m) for n records and m arcs.
  public init(_ data: NetworkData) throws(InvalidNetworkError) {
    var builder = NetworkBuilder(data: data)
    builder.build()
    guard builder.issues.isEmpty else { throw InvalidNetworkError(issues: builder.issues) }
    self.data = data
    cityIndex = builder.cityIndex
    terminalIndex = builder.terminalIndex
    serviceIndex = builder.serviceIndex
    carrierIndex = builder.carrierIndex
    territoryIndex = builder.territoryIndex
    borderCrossingIndex = builder.borderCrossingIndex
    cityTerritory = builder.cityTerritory
    terminalCity = builder.terminalCity
    var perCity = [[TerminalID]](repeating: [], count: data.cities.count)
    for (terminal, city) in builder.terminalCity.enumerated() {
      perCity[city.index].append(TerminalID(terminal))
    }
    cityTerminals = perCity

    // Counting sort of the arcs by tail (stable: file order within a tail).
    let arcs = builder.arcs
    var offsets = [Int32](repeating: 0, count: data.terminals.count + 1)
    for arc in arcs { offsets[arc.tail.index + 1] += 1 }
    for node in 0..<data.terminals.count { offsets[node + 1] += offsets[node] }
    var next = offsets
    var order = [Int](repeating: 0, count: arcs.count)
    for (position, arc) in arcs.enumerated() {
      order[Int(next[arc.tail.index])] = position
      next[arc.tail.index] += 1
    }
    firstOut = offsets
    arcTail = order.map { arcs[$0].tail }
    arcHead = order.map { arcs[$0].head }
    arcService = order.map { arcs[$0].service }
    arcTransfer = order.map { arcs[$0].transfer }
    arcCrossing = order.map { arcs[$0].crossing }
    arcTimetable = order.map { arcs[$0].timetable }
    crossings = builder.crossings
    timetables = builder.timetables
    serviceContext = builder.serviceContext
    contextCount = data.documentRegimes.isEmpty ? 1 : Int(builder.contextCount)
    operatorServices = builder.operatorServices
    let words = (data.services.count + 63) / 64
    var bits = [UInt64](repeating: 0, count: words * data.operators.count)
    for (owner, services) in builder.operatorServices.enumerated() {
      for service in services { bits[owner * words + Int(service) / 64] |= 1 << (UInt64(service) % 64) }
    }
    serviceWords = words
    operatorServiceBits = bits
    var breaks: [DocumentRegime: (cost: Cents, time: Minutes)] = [:]
    for record in data.documentRegimes {
      breaks[record.regime] = (record.newDocumentCost, record.newDocumentTime)
    }
    newDocument = breaks
    serviceDocument = data.services.map(\.document)
    serviceMode = data.services.map(\.mode)
    serviceCargoClasses = data.services.map(\.cargoClasses)
    serviceTariff = data.services.map { service in
      service.indexFactor.map { service.tariff.scaled(by: $0) } ?? service.tariff
    }
    asOfDay = data.edition?.asOfDay
    (arcValidFrom, arcValidUntil) = Self.arcValidity(
      data, arcService: arcService, arcTransfer: arcTransfer, arcCrossing: arcCrossing, crossings: crossings)
    serviceTransit = data.services.map(\.transit)
    serviceDistance = data.services.map(\.distance)
    serviceIntensity = data.services.map(\.co2Intensity)
    transferTariff = data.transfers.map(\.tariff)
    transferTime = data.transfers.map(\.time)
    terminalMode = data.terminals.map(\.mode)
    serviceNewDocumentCost = data.services.map { breaks[$0.document]?.cost.rawValue ?? 0 }
    serviceNewDocumentTime = data.services.map { breaks[$0.document]?.time.rawValue ?? 0 }
    var inOffsets = [Int32](repeating: 0, count: data.terminals.count + 1)
    for head in arcHead { inOffsets[head.index + 1] += 1 }
    for node in 0..<data.terminals.count { inOffsets[node + 1] += inOffsets[node] }
    var inNext = inOffsets
    var incoming = [Int32](repeating: 0, count: arcHead.count)
    for (arc, head) in arcHead.enumerated() {
      incoming[Int(inNext[head.index])] = Int32(arc)
      inNext[head.index] += 1
    }
    firstIn = inOffsets
    inArc = incoming
    nextDocumentCharges = NextDocumentCharges(
      firstOut: firstOut, arcHead: arcHead, arcService: arcService, serviceContext: serviceContext,
      newDocumentCost: serviceNewDocumentCost, newDocumentTime: serviceNewDocumentTime)
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
      if arcService[arc] >= 0 {
        range = services[Int(arcService[arc])]
      } else if arcTransfer[arc] >= 0 {
        range = transfers[Int(arcTransfer[arc])]
      }
      if arcCrossing[arc] >= 0, case .land(let border) = crossings[Int(arcCrossing[arc])].kind {
        let crossing = borders[border.index]
        range = (max(range.0, crossing.0), min(range.1, crossing.1))
      }
      (from[arc], until[arc]) = range
    }
    return (from, until)
  }

  /// Whether `arc` may be used on `day` (days since 1970-01-01).
  @inlinable public func isValid(_ arc: Int, onDay day: Int32) -> Bool {
    arcValidFrom.isEmpty || (arcValidFrom[arc] <= day && day <= arcValidUntil[arc])
  }

  /// Whether operator `index` may contract `service`.
  @inline(__always) func operatorContracts(_ index: Int, service: Int) -> Bool {
    operatorServiceBits[index * serviceWords + service / 64] & (1 << (UInt64(service) % 64)) != 0
  }

  /// The arcs leaving `terminal`.
  @inlinable public func arcs(from terminal: TerminalID) -> Range<Int> {
    Int(firstOut[terminal.index])..<Int(firstOut[terminal.index + 1])
  }

  /// The arcs entering `terminal` (indices into `inArc`).
  @inlinable public func incomingArcs(to terminal: TerminalID) -> Range<Int> {
    Int(firstIn[terminal.index])..<Int(firstIn[terminal.index + 1])
  }

  public func city(_ id: CityID) -> CityRecord { data.cities[id.index] }
  public func terminal(_ id: TerminalID) -> TerminalRecord { data.terminals[id.index] }
  public func service(_ id: ServiceID) -> ServiceRecord { data.services[id.index] }
  public func carrier(_ id: String) -> CarrierRecord? {
    carrierIndex[id].map { data.carriers[$0.index] }
  }
  public func territory(_ id: TerritoryID) -> CustomsTerritoryRecord {
    data.customsTerritories[id.index]
  }
}
