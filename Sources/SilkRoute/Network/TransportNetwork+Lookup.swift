/// Reading the network by what things mean rather than by raw array: records by dense id, dense
/// ids by record id, the city of a terminal, the arcs leaving a terminal, the service an arc
/// travels on. Every lookup is O(1) (a dictionary or an array read) unless it says otherwise.
extension TransportNetwork {
  // MARK: Records by dense id

  public func city(_ id: CityID) -> CityRecord { records.city(id.index) }
  public func terminal(_ id: TerminalID) -> TerminalRecord { records.terminal(id.index) }
  public func service(_ id: ServiceID) -> ServiceRecord { records.service(id.index) }
  public func transfer(_ id: TransferID) -> TransferRecord { records.transfer(id.index) }
  public func carrier(_ id: String) -> CarrierRecord? {
    carrierIndex[id].map { records.carrier($0.index) }
  }
  public func territory(_ id: TerritoryID) -> CustomsTerritoryRecord {
    records.territory(id.index)
  }
  public func borderCrossing(_ id: BorderCrossingID) -> BorderCrossingRecord {
    records.borderCrossing(id.index)
  }

  // MARK: Dense ids by record id

  /// The city whose record id is `id` (`"jiaozhou"`), if any. Names and aliases are resolved by
  /// the query layer (`CityNameMatcher`), not here.
  public func cityID(_ id: String) -> CityID? { cityIndex[id] }
  public func terminalID(_ id: String) -> TerminalID? { terminalIndex[id] }
  public func serviceID(_ id: String) -> ServiceID? { serviceIndex[id] }
  /// The transfer whose record id is `id`: the transfer index (a dictionary built once with the
  /// network), not a scan of `data.transfers`.
  public func transferID(_ id: String) -> TransferID? { transferIndex[id] }
  public func carrierID(_ id: String) -> CarrierID? { carrierIndex[id] }
  public func territoryID(_ id: String) -> TerritoryID? { territoryIndex[id] }
  public func borderCrossingID(_ id: String) -> BorderCrossingID? { borderCrossingIndex[id] }

  // MARK: Cities and terminals

  /// The city `terminal` belongs to.
  public func city(of terminal: TerminalID) -> CityID { terminalCity[terminal.index] }
  /// The city of the terminal whose record id is `terminal`, if there is one.
  public func cityOfTerminal(_ terminal: String) -> CityRecord? {
    terminalIndex[terminal].map { city(terminalCity[$0.index]) }
  }
  /// The customs territory `city` lies in.
  public func territory(of city: CityID) -> TerritoryID { cityTerritory[city.index] }
  /// The terminals of `city`, in file order.
  public func terminals(in city: CityID) -> [TerminalID] { Array(cityTerminals[city.index]) }
  /// The mode `terminal` serves.
  public func mode(of terminal: TerminalID) -> Mode { terminalMode[terminal.index] }
  /// The mode `service` runs in.
  public func mode(of service: ServiceID) -> Mode { serviceMode[service.index] }

  // MARK: Arcs

  /// Every arc, sorted by tail.
  public var arcIDs: LazyMapSequence<Range<Int>, ArcID> { (0..<arcCount).lazy.map(ArcID.init) }
  /// The arcs leaving `terminal`, in file order of their services and transfers.
  public func arcs(leaving terminal: TerminalID) -> LazyMapSequence<Range<Int>, ArcID> {
    arcs(from: terminal).lazy.map(ArcID.init)
  }
  /// The arcs entering `terminal`.
  public func arcs(entering terminal: TerminalID) -> LazyMapSequence<Range<Int>, ArcID> {
    incomingArcs(to: terminal).lazy.map { ArcID(rawValue: self.inArc[$0]) }
  }
  /// The terminal `arc` leaves.
  public func tail(of arc: ArcID) -> TerminalID { arcTail[arc.index] }
  /// The terminal `arc` enters.
  public func head(of arc: ArcID) -> TerminalID { arcHead[arc.index] }
  /// The service `arc` travels on, or nil for a transfer arc.
  public func service(of arc: ArcID) -> ServiceID? {
    let service = arcService[arc.index]
    return service == Self.noIndex ? nil : ServiceID(rawValue: service)
  }
  /// The transfer `arc` performs, or nil for a service arc.
  public func transfer(of arc: ArcID) -> TransferID? {
    let transfer = arcTransfer[arc.index]
    return transfer == Self.noIndex ? nil : TransferID(rawValue: transfer)
  }
  /// The customs crossing `arc` makes, or nil when it stays in one customs territory.
  public func crossing(of arc: ArcID) -> CustomsCrossing? {
    let crossing = arcCrossing[arc.index]
    return crossing == Self.noIndex ? nil : crossings[Int(crossing)]
  }
  /// The weekly departures of `arc`, or nil when it departs whenever cargo is ready.
  public func timetable(of arc: ArcID) -> Timetable? {
    let timetable = arcTimetable[arc.index]
    return timetable == Self.noIndex ? nil : timetables[Int(timetable)].timetable
  }
  /// Every customs crossing some arc makes.
  public var customsCrossings: [CustomsCrossing] { crossings }
  /// Whether `arc` may be used on `day` (days since 1970-01-01).
  public func isValid(_ arc: ArcID, onDay day: Int32) -> Bool { isValid(arc.index, onDay: day) }

  // MARK: Operators

  /// The services operator `index` (a position in `data.operators`) can contract.
  public func services(contractedBy index: Int) -> [ServiceID] {
    let words = operatorServiceBits[index * serviceWords..<(index + 1) * serviceWords]
    var services: [ServiceID] = []
    for (offset, word) in words.enumerated() where word != 0 {
      for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { services.append(ServiceID(offset * 64 + bit)) }
    }
    return services
  }
}
