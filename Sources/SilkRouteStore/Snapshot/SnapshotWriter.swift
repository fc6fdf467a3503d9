import SilkRoute

/// Turns a network into the sections of a snapshot.
struct SnapshotWriter {
  let network: TransportNetwork
  let dataVersion: String
  /// Networks with at least this many terminals get landmarks in their compiled profile (nil:
  /// `KernelGraphs`' threshold; tests lower it).
  var landmarkThreshold: Int?
  private let keys = RecordKeyTable()

  init(network: TransportNetwork, dataVersion: String) {
    self.network = network
    self.dataVersion = dataVersion
  }

  func sections() throws -> [(tag: UInt32, bytes: [UInt8])] {
    var sections = hotSections()
    sections += [(SnapshotSection.dataVersion.rawValue, Array(dataVersion.utf8))]
    let encoder = RecordEncoder(keys: keys)
    sections.append((SnapshotSection.crossings.rawValue, try encoder.encode(network.crossings)))
    if let edition = network.records.edition {
      sections.append((SnapshotSection.edition.rawValue, try encoder.encode(edition)))
    }
    for table in RecordTable.allCases { sections += try recordSections(table, encoder) }
    sections += try profileSections(encoder)
    let names = network.records.compiledCityNames ?? CompiledCityNames(cities: network.records.cities)
    sections += [
      (SnapshotSection.cityNameOffsets.rawValue, Self.bytes(names.keyOffsets)),
      (SnapshotSection.cityNameBytes.rawValue, Self.bytes(names.keyBytes)),
      (SnapshotSection.cityNameCities.rawValue, Self.bytes(names.keyCity)),
    ]
    // Last: every key the records above used.
    sections.append(
      (SnapshotSection.recordKeys.rawValue, try RecordEncoder(keys: RecordKeyTable()).encode(keys.keys)))
    return sections
  }

  private func hotSections() -> [(tag: UInt32, bytes: [UInt8])] {
    let n = network
    var sections: [(SnapshotSection, [UInt8])] = [
      (.scalars, Self.bytes(FlatArray(scalars()))),
      (.cityTerritory, Self.bytes(n.cityTerritory)), (.cityTerminalFirst, Self.bytes(n.cityTerminals.first)),
      (.cityTerminalList, Self.bytes(n.cityTerminals.terminals)), (.terminalCity, Self.bytes(n.terminalCity)),
      (.terminalMode, Self.caseIndices(n.terminalMode)),
      (.cityLatitude, Self.bytes(n.cityLatitude)), (.cityLongitude, Self.bytes(n.cityLongitude)),
      (.firstOut, Self.bytes(n.firstOut)), (.arcTail, Self.bytes(n.arcTail)),
      (.arcHead, Self.bytes(n.arcHead)),
      (.arcService, Self.bytes(n.arcService)), (.arcTransfer, Self.bytes(n.arcTransfer)),
      (.arcCrossing, Self.bytes(n.arcCrossing)), (.arcTimetable, Self.bytes(n.arcTimetable)),
      (.arcValidFrom, Self.bytes(n.arcValidFrom)), (.arcValidUntil, Self.bytes(n.arcValidUntil)),
      (.firstIn, Self.bytes(n.firstIn)), (.inArc, Self.bytes(n.inArc)),
      (.timetableFirst, Self.bytes(n.timetables.first)),
      (.timetableDepartures, Self.bytes(n.timetables.departures)),
      (.timetableHeadway, Self.bytes(n.timetables.headway)),
      (.serviceContext, Self.bytes(n.serviceContext)),
      (.operatorServiceBits, Self.bytes(n.operatorServiceBits)),
      (.serviceMode, Self.caseIndices(n.serviceMode)),
      (.serviceCargoClasses, Self.bytes(n.serviceCargoClasses)),
      (.serviceTEU, Self.bytes(n.serviceTariff.perTEU)), (.serviceFEU, Self.bytes(n.serviceTariff.perFEU)),
      (.serviceKilogram, Self.bytes(n.serviceTariff.perKilogram)),
      (.serviceMinimum, Self.bytes(n.serviceTariff.minimumCharge)),
      (.serviceTransit, Self.bytes(n.serviceTransit)), (.serviceDistance, Self.bytes(n.serviceDistance)),
      (.serviceIntensity, Self.bytes(n.serviceIntensity)),
      (.serviceDocument, Self.caseIndices(n.serviceDocument)),
      (.serviceNewDocumentCost, Self.bytes(n.serviceNewDocumentCost)),
      (.serviceNewDocumentTime, Self.bytes(n.serviceNewDocumentTime)),
      (.transferTEU, Self.bytes(n.transferTariff.perTEU)),
      (.transferFEU, Self.bytes(n.transferTariff.perFEU)),
      (.transferKilogram, Self.bytes(n.transferTariff.perKilogram)),
      (.transferMinimum, Self.bytes(n.transferTariff.minimumCharge)),
      (.transferTime, Self.bytes(n.transferTime)),
    ]
    let charges = n.nextDocumentCharges
    sections += [
      (.chargeFirst, Self.bytes(charges.first)), (.chargeContext, Self.bytes(charges.context)),
      (.chargeCost, Self.bytes(charges.cost)), (.chargeTime, Self.bytes(charges.time)),
      (.chargeRailLeaves, Self.bytes(charges.railLeaves)),
    ]
    return sections.map { ($0.0.rawValue, $0.1) }
  }

  private func scalars() -> [Int64] {
    var values = [Int64](repeating: 0, count: SnapshotLayout.Scalar.allCases.count)
    func set(_ scalar: SnapshotLayout.Scalar, _ value: Int) { values[scalar.rawValue] = Int64(value) }
    set(.cityCount, network.cityCount)
    set(.terminalCount, network.terminalCount)
    set(.arcCount, network.arcCount)
    set(.serviceCount, network.serviceMode.count)
    set(.transferCount, network.transferTime.count)
    set(.timetableCount, network.timetables.count)
    set(
      .operatorCount, network.serviceWords == 0 ? 0 : network.operatorServiceBits.count / network.serviceWords
    )
    set(.serviceWords, network.serviceWords)
    set(.contextCount, network.contextCount)
    set(.hasAsOfDay, network.asOfDay == nil ? 0 : 1)
    set(.asOfDay, Int(network.asOfDay ?? 0))
    set(.chargeCount, network.nextDocumentCharges.context.count)
    return values
  }

  /// Each record of `table` encoded on its own, and (for tables with ids) the ids.
  private func recordSections(_ table: RecordTable, _ encoder: RecordEncoder) throws -> [(
    tag: UInt32, bytes: [UInt8]
  )] {
    let records = network.records
    let (offsets, bytes, ids): ([UInt64], [UInt8], [String]?) =
      switch table {
      case .sources: try Self.encode(records.sources, encoder, id: nil)
      case .customsTerritories: try Self.encode(records.customsTerritories, encoder, id: \.id)
      case .countries: try Self.encode(records.countries, encoder, id: nil)
      case .cities: try Self.encode(records.cities, encoder, id: \.id)
      case .terminals: try Self.encode(records.terminals, encoder, id: \.id)
      case .carriers: try Self.encode(records.carriers, encoder, id: \.id)
      case .services: try Self.encode(records.services, encoder, id: \.id)
      case .transfers: try Self.encode(records.transfers, encoder, id: \.id)
      case .borderCrossings: try Self.encode(records.borderCrossings, encoder, id: \.id)
      case .timetables: try Self.encode(records.timetables, encoder, id: nil)
      case .documentRegimes: try Self.encode(records.documentRegimes, encoder, id: nil)
      case .operators: try Self.encode(records.operators, encoder, id: nil)
      case .operatorCoverage: try Self.encode(records.operatorCoverage, encoder, id: nil)
      case .cargoClassSurcharges: try Self.encode(records.cargoClassSurcharges, encoder, id: nil)
      case .emissionFactors: try Self.encode(records.emissionFactors, encoder, id: nil)
      case .exchangeRates: try Self.encode(records.exchangeRates, encoder, id: nil)
      }
    var sections: [(tag: UInt32, bytes: [UInt8])] = [
      (SnapshotSection.recordOffsets(table), Self.bytes(FlatArray(offsets))),
      (SnapshotSection.recordBytes(table), bytes),
    ]
    if let ids {
      var idOffsets: [UInt64] = [0]
      var idBytes: [UInt8] = []
      for id in ids {
        idBytes += id.utf8
        idOffsets.append(UInt64(idBytes.count))
      }
      let utf8 = ids.map { Array($0.utf8) }
      let order = utf8.indices.sorted { a, b in
        utf8[a] == utf8[b] ? a < b : utf8[a].lexicographicallyPrecedes(utf8[b])
      }
      sections += [
        (SnapshotSection.idOffsets(table), Self.bytes(FlatArray(idOffsets))),
        (SnapshotSection.idBytes(table), idBytes),
        (SnapshotSection.idOrder(table), Self.bytes(FlatArray(order.map { Int32($0) }))),
      ]
    }
    return sections
  }

  private static func encode<Record: Encodable>(
    _ records: [Record], _ encoder: RecordEncoder, id: KeyPath<Record, String>?
  ) throws -> ([UInt64], [UInt8], [String]?) {
    var offsets: [UInt64] = [0]
    offsets.reserveCapacity(records.count + 1)
    var bytes: [UInt8] = []
    for record in records {
      bytes += try encoder.encode(record)
      offsets.append(UInt64(bytes.count))
    }
    return (offsets, bytes, id.map { path in records.map { $0[keyPath: path] } })
  }

  /// The elements' bytes as they lie in memory: little-endian integers (ids and quantities are
  /// single integers).
  static func bytes<Element: BitwiseCopyable>(_ array: FlatArray<Element>) -> [UInt8] {
    array.withUnsafeBufferPointer { Array(UnsafeRawBufferPointer($0)) }
  }

  /// Each value's position in `allCases`, one byte each.
  static func caseIndices<Value: CaseIterable & Equatable & BitwiseCopyable>(_ array: FlatArray<Value>)
    -> [UInt8]
  {
    let cases = Array(Value.allCases)
    return array.map { value in UInt8(cases.firstIndex(of: value) ?? 0) }
  }
}
