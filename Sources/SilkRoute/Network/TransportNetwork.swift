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
  public let records: NetworkRecords
  /// `records.emissionFactors` as lookups, read once (every answer's emissions report and every
  /// query's cargo cost model use them).
  public let emissionFactors: EmissionFactors
  /// Every record, as one value (decoded in full on first use when the network was opened from a
  /// snapshot: prefer `records` for a table or a record).
  public var data: NetworkData { records.all }

  // MARK: Lookup by id (see `cityID(_:)` and the like)
  package let cityIndex: IDIndex<CityID>
  package let terminalIndex: IDIndex<TerminalID>
  package let serviceIndex: IDIndex<ServiceID>
  /// Transfers by id: what `transferID(_:)` looks up.
  package let transferIndex: IDIndex<TransferID>
  package let carrierIndex: IDIndex<CarrierID>
  package let territoryIndex: IDIndex<TerritoryID>
  package let borderCrossingIndex: IDIndex<BorderCrossingID>

  // MARK: Per city and terminal
  package let cityTerritory: FlatArray<TerritoryID>
  /// Per city: its coordinates in degrees (for locality orders and geometry without records).
  package let cityLatitude: FlatArray<Double>
  package let cityLongitude: FlatArray<Double>
  package let cityTerminals: CityTerminals
  package let terminalCity: FlatArray<CityID>

  // MARK: Arcs (CSR)
  @usableFromInline package let firstOut: FlatArray<Int32>
  package let arcTail: FlatArray<TerminalID>
  package let arcHead: FlatArray<TerminalID>
  /// The service an arc travels on, or `noIndex` for a transfer arc.
  package let arcService: FlatArray<Int32>
  /// The transfer an arc performs, or `noIndex` for a service arc.
  package let arcTransfer: FlatArray<Int32>
  /// Index into `crossings` of the customs crossing on the arc, or `noIndex`.
  package let arcCrossing: FlatArray<Int32>
  /// Every customs crossing that some arc makes.
  package let crossings: [CustomsCrossing]
  /// Index into `timetables` of the arc's departures, or `noIndex` (departs whenever cargo is
  /// ready).
  @usableFromInline package let arcTimetable: FlatArray<Int32>
  /// First and last day (days since 1970-01-01) the arc may be used: its service or transfer's
  /// validity met with its border crossing's. Empty when nothing in the data is dated.
  @usableFromInline package let arcValidFrom: FlatArray<Int32>
  @usableFromInline package let arcValidUntil: FlatArray<Int32>
  /// The dataset edition's as-of day: the default date routes are valid on.
  public let asOfDay: Int32?
  /// Compiled timetables, parallel to `data.timetables`.
  @usableFromInline package let timetables: TimetableTable
  /// Per service: its non-rail document context, or `DocumentContext.railService` for rail.
  package let serviceContext: FlatArray<Int32>
  /// Number of document contexts (1 when the data models no document regimes).
  package let contextCount: Int
  /// The same as bit sets for the searches' hot loop: operator `o` may contract service `s` iff bit
  /// `s % 64` of `operatorServiceBits[o * serviceWords + s / 64]` is set.
  package let operatorServiceBits: FlatArray<UInt64>
  package let serviceWords: Int
  /// Per-service, per-transfer and per-terminal figures as flat arrays, so that per-query weight
  /// building never copies a record.
  package let serviceMode: FlatArray<Mode>
  package let serviceCargoClasses: FlatArray<CargoClassSet>
  package let serviceTariff: TariffColumns
  package let serviceTransit: FlatArray<Minutes>
  package let serviceDistance: FlatArray<Kilometres>
  package let serviceIntensity: FlatArray<GramsPerTonneKilometre>
  package let transferTariff: TariffColumns
  package let transferTime: FlatArray<Minutes>
  package let terminalMode: FlatArray<Mode>
  /// Per service: its document regime, and the price of starting a new document of it (cents,
  /// minutes; zero where the data gives none) — flat arrays for the searches' hot loop.
  package let serviceDocument: FlatArray<DocumentRegime>
  package let serviceNewDocumentCost: FlatArray<Int64>
  package let serviceNewDocumentTime: FlatArray<Int64>
  /// Per terminal and carrier context, the dearest new document its next service leg can cost
  /// a route not under that carrier's document (see `ContextDominance`).
  package let nextDocumentCharges: NextDocumentCharges
  /// New-document cost and time per regime (zero where the data gives none).
  package let newDocument: [DocumentRegime: (cost: Cents, time: Minutes)]
  /// Whether the data models document regimes (then routes pay for document breaks).
  public var documentsModelled: Bool { records.count(.documentRegimes) > 0 }
  /// Reverse CSR: the arcs entering terminal `t` are `inArc[firstIn[t] ..< firstIn[t + 1]]`.
  @usableFromInline package let firstIn: FlatArray<Int32>
  package let inArc: FlatArray<Int32>
  /// The default query's prepared arcs, compiled into the snapshot the network was opened from
  /// (nil otherwise): a planner's `ArcWeightsCache` starts with them.
  package let compiledProfile: CompiledProfile?

  public var cityCount: Int { cityTerritory.count }
  public var terminalCount: Int { terminalCity.count }
  public var arcCount: Int { arcHead.count }

  /// Builds the network, checking every reference and value.
  ///
  /// - Throws: `InvalidNetworkError` listing every issue found.
  /// - Complexity: O(n + m log m) for n records and m arcs.
  public convenience init(_ data: NetworkData) throws(InvalidNetworkError) {
    self.init(parts: try NetworkParts(data))
  }

  /// A network of parts already built (or mapped from a compiled snapshot).
  package init(parts: NetworkParts) {
    records = parts.records
    emissionFactors = EmissionFactors(parts.records.emissionFactors)
    cityIndex = parts.cityIndex
    terminalIndex = parts.terminalIndex
    serviceIndex = parts.serviceIndex
    transferIndex = parts.transferIndex
    carrierIndex = parts.carrierIndex
    territoryIndex = parts.territoryIndex
    borderCrossingIndex = parts.borderCrossingIndex
    cityTerritory = parts.cityTerritory
    cityLatitude = parts.cityLatitude
    cityLongitude = parts.cityLongitude
    cityTerminals = parts.cityTerminals
    terminalCity = parts.terminalCity
    firstOut = parts.firstOut
    arcTail = parts.arcTail
    arcHead = parts.arcHead
    arcService = parts.arcService
    arcTransfer = parts.arcTransfer
    arcCrossing = parts.arcCrossing
    crossings = parts.crossings
    arcTimetable = parts.arcTimetable
    arcValidFrom = parts.arcValidFrom
    arcValidUntil = parts.arcValidUntil
    asOfDay = parts.asOfDay
    timetables = parts.timetables
    serviceContext = parts.serviceContext
    contextCount = parts.contextCount
    operatorServiceBits = parts.operatorServiceBits
    serviceWords = parts.serviceWords
    serviceMode = parts.serviceMode
    serviceCargoClasses = parts.serviceCargoClasses
    serviceTariff = parts.serviceTariff
    serviceTransit = parts.serviceTransit
    serviceDistance = parts.serviceDistance
    serviceIntensity = parts.serviceIntensity
    transferTariff = parts.transferTariff
    transferTime = parts.transferTime
    terminalMode = parts.terminalMode
    serviceDocument = parts.serviceDocument
    serviceNewDocumentCost = parts.serviceNewDocumentCost
    serviceNewDocumentTime = parts.serviceNewDocumentTime
    nextDocumentCharges = parts.nextDocumentCharges
    newDocument = parts.newDocument
    firstIn = parts.firstIn
    inArc = parts.inArc
    compiledProfile = parts.compiledProfile
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
