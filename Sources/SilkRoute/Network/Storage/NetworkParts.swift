/// Everything a `TransportNetwork` holds, as flat arrays: what `TransportNetwork.init(_:)` builds
/// from records, and what a compiled snapshot maps from its file. See `TransportNetwork` for what
/// each array means.
package struct NetworkParts: Sendable {
  package var records: NetworkRecords
  package var cityIndex: IDIndex<CityID>
  package var terminalIndex: IDIndex<TerminalID>
  package var serviceIndex: IDIndex<ServiceID>
  package var transferIndex: IDIndex<TransferID>
  package var carrierIndex: IDIndex<CarrierID>
  package var territoryIndex: IDIndex<TerritoryID>
  package var borderCrossingIndex: IDIndex<BorderCrossingID>

  package var cityTerritory: FlatArray<TerritoryID>
  package var cityLatitude: FlatArray<Double>
  package var cityLongitude: FlatArray<Double>
  package var cityTerminals: CityTerminals
  package var terminalCity: FlatArray<CityID>
  package var terminalMode: FlatArray<Mode>

  package var firstOut: FlatArray<Int32>
  package var arcTail: FlatArray<TerminalID>
  package var arcHead: FlatArray<TerminalID>
  package var arcService: FlatArray<Int32>
  package var arcTransfer: FlatArray<Int32>
  package var arcCrossing: FlatArray<Int32>
  package var arcTimetable: FlatArray<Int32>
  package var arcValidFrom: FlatArray<Int32>
  package var arcValidUntil: FlatArray<Int32>
  package var firstIn: FlatArray<Int32>
  package var inArc: FlatArray<Int32>
  package var crossings: [CustomsCrossing]
  package var timetables: TimetableTable
  package var asOfDay: Int32?

  package var serviceContext: FlatArray<Int32>
  package var contextCount: Int
  package var operatorServiceBits: FlatArray<UInt64>
  package var serviceWords: Int
  package var serviceMode: FlatArray<Mode>
  package var serviceCargoClasses: FlatArray<CargoClassSet>
  package var serviceTariff: TariffColumns
  package var serviceTransit: FlatArray<Minutes>
  package var serviceDistance: FlatArray<Kilometres>
  package var serviceIntensity: FlatArray<GramsPerTonneKilometre>
  package var serviceDocument: FlatArray<DocumentRegime>
  package var serviceNewDocumentCost: FlatArray<Int64>
  package var serviceNewDocumentTime: FlatArray<Int64>
  package var transferTariff: TariffColumns
  package var transferTime: FlatArray<Minutes>
  package var nextDocumentCharges: NextDocumentCharges
  package var newDocument: [DocumentRegime: (cost: Cents, time: Minutes)]
  package var compiledProfile: CompiledProfile? = nil

  /// Parts of an empty network over `records`, to be filled in (by a snapshot reader).
  package init(records: NetworkRecords) {
    self.records = records
    (cityIndex, terminalIndex, serviceIndex, transferIndex) = (
      IDIndex([:]), IDIndex([:]), IDIndex([:]), IDIndex([:])
    )
    (carrierIndex, territoryIndex, borderCrossingIndex) = (IDIndex([:]), IDIndex([:]), IDIndex([:]))
    (cityTerritory, terminalCity, terminalMode) = (FlatArray(), FlatArray(), FlatArray())
    (cityLatitude, cityLongitude) = (FlatArray(), FlatArray())
    cityTerminals = CityTerminals(first: [0], terminals: FlatArray())
    (firstOut, arcTail, arcHead, arcService, arcTransfer) = (
      [0], FlatArray(), FlatArray(), FlatArray(), FlatArray()
    )
    (arcCrossing, arcTimetable, arcValidFrom, arcValidUntil) = (
      FlatArray(), FlatArray(), FlatArray(), FlatArray()
    )
    (firstIn, inArc, crossings, asOfDay) = ([0], FlatArray(), [], nil)
    timetables = TimetableTable(first: [0], departures: FlatArray(), headway: FlatArray())
    (serviceContext, contextCount, operatorServiceBits, serviceWords) = (FlatArray(), 1, FlatArray(), 0)
    (serviceMode, serviceCargoClasses, serviceTariff) = (FlatArray(), FlatArray(), TariffColumns([]))
    (serviceTransit, serviceDistance, serviceIntensity) = (FlatArray(), FlatArray(), FlatArray())
    (serviceDocument, serviceNewDocumentCost, serviceNewDocumentTime) = (
      FlatArray(), FlatArray(), FlatArray()
    )
    (transferTariff, transferTime, newDocument) = (TariffColumns([]), FlatArray(), [:])
    nextDocumentCharges = NextDocumentCharges(
      first: [0], context: FlatArray(), cost: FlatArray(), time: FlatArray(), railLeaves: FlatArray())
  }
}
