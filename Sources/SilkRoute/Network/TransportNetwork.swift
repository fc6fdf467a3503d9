/// The immutable in-memory network: terminals as nodes, services and transfers as arcs in
/// compressed sparse row (CSR) arrays sorted by tail. Immutable and `Sendable`, shared by every
/// query: a final class, so that passing it on (into a query graph, a search, an itinerary
/// builder) retains one reference, not each of its arrays.
///
/// Arc `a` leaves `tail(a)`; the arcs out of terminal `t` are `firstOut[t] ..< firstOut[t + 1]`.
///
/// Outside the core, read it through the accessors that say what they mean
/// (`TransportNetwork+Lookup.swift`: `city(of:)`, `arcs(leaving:)`, `service(of:)`, …). The raw
/// arrays are `package`: the core's searches and the store's exporters index them directly in
/// their hot loops. In the per-arc arrays an absent service, transfer, crossing or timetable is
/// `TransportNetwork.noIndex` (−1) rather than an optional: an `Int32?` would take 8 bytes a slot
/// instead of 4 in arrays of millions, and the searches' relax loops test it once per arc.
public final class TransportNetwork: Sendable {
  /// Marks "none" in the per-arc index arrays (`arcService`, `arcTransfer`, `arcCrossing`,
  /// `arcTimetable`); the accessors turn it into `nil`.
  public static let noIndex: Int32 = -1

  /// The records this network was built from (names, sources, notes).
  public let data: NetworkData

  // MARK: Lookup by id (see `cityID(_:)` and the like)
  package let cityIndex: [String: CityID]
  package let terminalIndex: [String: TerminalID]
  package let serviceIndex: [String: ServiceID]
  /// Transfers by id: what `transferID(_:)` looks up.
  package let transferIndex: [String: TransferID]
  package let carrierIndex: [String: CarrierID]
  package let territoryIndex: [String: TerritoryID]
  package let borderCrossingIndex: [String: BorderCrossingID]

  // MARK: Per city and terminal
  package let cityTerritory: [TerritoryID]
  package let cityTerminals: [[TerminalID]]
  package let terminalCity: [CityID]

  // MARK: Arcs (CSR)
  @usableFromInline package let firstOut: [Int32]
  package let arcTail: [TerminalID]
  package let arcHead: [TerminalID]
  /// The service an arc travels on, or `noIndex` for a transfer arc.
  package let arcService: [Int32]
  /// The transfer an arc performs, or `noIndex` for a service arc.
  package let arcTransfer: [Int32]
  /// Index into `crossings` of the customs crossing on the arc, or `noIndex`.
  package let arcCrossing: [Int32]
  /// Every customs crossing that some arc makes.
  package let crossings: [CustomsCrossing]
  /// Index into `timetables` of the arc's departures, or `noIndex` (departs whenever cargo is
  /// ready).
  @usableFromInline package let arcTimetable: [Int32]
  /// First and last day (days since 1970-01-01) the arc may be used: its service or transfer's
  /// validity met with its border crossing's. Empty when nothing in the data is dated.
  @usableFromInline package let arcValidFrom: [Int32]
  @usableFromInline package let arcValidUntil: [Int32]
  /// The dataset edition's as-of day: the default date routes are valid on.
  public let asOfDay: Int32?
  /// Compiled timetables, parallel to `data.timetables`.
  @usableFromInline package let timetables: [Timetable]
  /// Per service: its non-rail document context, or `DocumentContext.railService` for rail.
  package let serviceContext: [Int32]
  /// Number of document contexts (1 when the data models no document regimes).
  package let contextCount: Int
  /// Per operator: the services it can contract.
  package let operatorServices: [Set<Int32>]
  /// The same as bit sets for the searches' hot loop: operator `o` may contract service `s` iff bit
  /// `s % 64` of `operatorServiceBits[o * serviceWords + s / 64]` is set.
  let operatorServiceBits: [UInt64]
  let serviceWords: Int
  /// Per-service, per-transfer and per-terminal figures as flat arrays, so that per-query weight
  /// building never copies a record.
  package let serviceMode: [Mode]
  package let serviceCargoClasses: [CargoClassSet]
  package let serviceTariff: [Tariff]
  package let serviceTransit: [Minutes]
  package let serviceDistance: [Kilometres]
  package let serviceIntensity: [GramsPerTonneKilometre]
  package let transferTariff: [Tariff]
  package let transferTime: [Minutes]
  package let terminalMode: [Mode]
  /// Per service: its document regime, and the price of starting a new document of it (cents,
  /// minutes; zero where the data gives none) — flat arrays for the searches' hot loop.
  package let serviceDocument: [DocumentRegime]
  package let serviceNewDocumentCost: [Int64]
  package let serviceNewDocumentTime: [Int64]
  /// Per terminal and carrier context, the dearest new document its next service leg can cost
  /// a route not under that carrier's document (see `ContextDominance`).
  package let nextDocumentCharges: NextDocumentCharges
  /// New-document cost and time per regime (zero where the data gives none).
  package let newDocument: [DocumentRegime: (cost: Cents, time: Minutes)]
  /// Whether the data models document regimes (then routes pay for document breaks).
  public var documentsModelled: Bool { !data.documentRegimes.isEmpty }
  /// Reverse CSR: the arcs entering terminal `t` are `inArc[firstIn[t] ..< firstIn[t + 1]]`.
  @usableFromInline package let firstIn: [Int32]
  package let inArc: [Int32]

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
    // Without issues, every city has a territory and every terminal a city.
    cityTerritory = builder.cityTerritory.compactMap { $0 }
    terminalCity = builder.terminalCity.compactMap { $0 }
    var perCity = [[TerminalID]](repeating: [], count: data.cities.count)
    for (terminal, city) in terminalCity.enumerated() {
      perCity[city.index].append(TerminalID(terminal))
    }
    cityTerminals = perCity
    var transfers: [String: TransferID] = [:]
    for (index, transfer) in data.transfers.enumerated() where transfers[transfer.id] == nil {
      transfers[transfer.id] = TransferID(index)
    }
    transferIndex = transfers

    let arcs = builder.arcs
    let (offsets, order) = Self.sortArcs(by: arcs.map(\.tail), terminalCount: data.terminals.count)
    firstOut = offsets
    arcTail = order.map { arcs[$0].tail }
    arcHead = order.map { arcs[$0].head }
    arcService = order.map { arcs[$0].service?.rawValue ?? Self.noIndex }
    arcTransfer = order.map { arcs[$0].transfer?.rawValue ?? Self.noIndex }
    arcCrossing = order.map { arcs[$0].crossing ?? Self.noIndex }
    arcTimetable = order.map { arcs[$0].timetable ?? Self.noIndex }
    crossings = builder.crossings
    timetables = builder.timetables
    serviceContext = builder.serviceContext
    contextCount = data.documentRegimes.isEmpty ? 1 : Int(builder.contextCount)
    operatorServices = builder.operatorServices
    serviceWords = (data.services.count + 63) / 64
    operatorServiceBits = Self.bitSets(builder.operatorServices, words: serviceWords)
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
    let (inOffsets, incoming) = Self.sortArcs(by: arcHead, terminalCount: data.terminals.count)
    firstIn = inOffsets
    inArc = incoming.map { Int32($0) }
    nextDocumentCharges = NextDocumentCharges(
      firstOut: firstOut, arcHead: arcHead, arcService: arcService, serviceContext: serviceContext,
      newDocumentCost: serviceNewDocumentCost, newDocumentTime: serviceNewDocumentTime)
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
      if arcService[arc] != noIndex {
        range = services[Int(arcService[arc])]
      } else if arcTransfer[arc] != noIndex {
        range = transfers[Int(arcTransfer[arc])]
      }
      if arcCrossing[arc] != noIndex, case .land(let border) = crossings[Int(arcCrossing[arc])].kind {
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

}
