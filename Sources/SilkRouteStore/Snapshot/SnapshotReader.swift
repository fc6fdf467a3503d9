import SilkRoute

/// Builds a network whose arrays are the snapshot's sections, read in place. Every section's
/// length is checked against the counts it must have, enum bytes against their cases, and the
/// CSR offsets against the arc count, so a file that passed its checksums but disagrees with
/// itself is refused rather than read out of bounds.
struct SnapshotReader {
  let file: SnapshotFile
  /// See `NetworkRecords.wholeTableLimit`.
  var wholeTableLimit = NetworkRecords.wholeTableLimit

  func network() throws(SnapshotError) -> TransportNetwork {
    let scalars = try flat(.scalars, Int64.self, count: SnapshotLayout.Scalar.allCases.count)
    func scalar(_ which: SnapshotLayout.Scalar) -> Int { Int(scalars[which.rawValue]) }
    let cities = scalar(.cityCount)
    let terminals = scalar(.terminalCount)
    let arcs = scalar(.arcCount)
    let services = scalar(.serviceCount)
    let transfers = scalar(.transferCount)
    let timetables = scalar(.timetableCount)
    let charges = scalar(.chargeCount)
    let source = try SnapshotRecordSource(file: file)
    var parts = NetworkParts(records: NetworkRecords(source: source, wholeTableLimit: wholeTableLimit))
    parts.cityIndex = try source.index(.cities)
    parts.terminalIndex = try source.index(.terminals)
    parts.serviceIndex = try source.index(.services)
    parts.transferIndex = try source.index(.transfers)
    parts.carrierIndex = try source.index(.carriers)
    parts.territoryIndex = try source.index(.customsTerritories)
    parts.borderCrossingIndex = try source.index(.borderCrossings)

    parts.cityTerritory = try flat(.cityTerritory, TerritoryID.self, count: cities)
    parts.cityLatitude = try flat(.cityLatitude, Double.self, count: cities)
    parts.cityLongitude = try flat(.cityLongitude, Double.self, count: cities)
    parts.cityTerminals = CityTerminals(
      first: try offsets(.cityTerminalFirst, count: cities + 1, end: terminals),
      terminals: try flat(.cityTerminalList, TerminalID.self, count: terminals))
    parts.terminalCity = try flat(.terminalCity, CityID.self, count: terminals)
    parts.terminalMode = try cases(.terminalMode, Mode.self, count: terminals)
    try readArcs(into: &parts, terminals: terminals, arcs: arcs)
    parts.timetables = TimetableTable(
      first: try offsets(.timetableFirst, count: timetables + 1, end: nil),
      departures: try flat(.timetableDepartures, Int32.self, count: nil),
      headway: try flat(.timetableHeadway, Int64.self, count: timetables))
    parts.asOfDay = scalar(.hasAsOfDay) != 0 ? Int32(truncatingIfNeeded: scalar(.asOfDay)) : nil
    try readServices(into: &parts, services: services, transfers: transfers, scalars: scalar)
    parts.nextDocumentCharges = NextDocumentCharges(
      first: try offsets(.chargeFirst, count: terminals + 1, end: charges),
      context: try flat(.chargeContext, Int32.self, count: charges),
      cost: try flat(.chargeCost, Int64.self, count: charges),
      time: try flat(.chargeTime, Int64.self, count: charges),
      railLeaves: try booleans(.chargeRailLeaves, count: terminals))
    do {
      parts.crossings = try source.decoder.decode(
        [CustomsCrossing].self, from: try file.section(SnapshotSection.crossings.rawValue))
    } catch {
      throw SnapshotError(.corrupt, file.path, "the customs crossings do not decode")
    }
    var breaks: [DocumentRegime: (cost: Cents, time: Minutes)] = [:]
    for record in parts.records.documentRegimes {
      breaks[record.regime] = (record.newDocumentCost, record.newDocumentTime)
    }
    parts.newDocument = breaks
    parts.compiledProfile = try profile(
      terminals: terminals, arcs: arcs, territories: source.count(of: .customsTerritories),
      decoder: source.decoder)
    return TransportNetwork(parts: parts)
  }

  private func readArcs(into parts: inout NetworkParts, terminals: Int, arcs: Int) throws(SnapshotError) {
    parts.firstOut = try offsets(.firstOut, count: terminals + 1, end: arcs)
    parts.firstIn = try offsets(.firstIn, count: terminals + 1, end: arcs)
    parts.arcTail = try flat(.arcTail, TerminalID.self, count: arcs)
    parts.arcHead = try flat(.arcHead, TerminalID.self, count: arcs)
    for ends in [parts.arcTail, parts.arcHead]
    where ends.contains(where: { $0.index >= terminals || $0.index < 0 }) {
      throw SnapshotError(.corrupt, file.path, "an arc ends outside the network")
    }
    parts.arcService = try flat(.arcService, Int32.self, count: arcs)
    parts.arcTransfer = try flat(.arcTransfer, Int32.self, count: arcs)
    parts.arcCrossing = try flat(.arcCrossing, Int32.self, count: arcs)
    parts.arcTimetable = try flat(.arcTimetable, Int32.self, count: arcs)
    let dated = file.sections[SnapshotSection.arcValidFrom.rawValue]?.isEmpty == false
    parts.arcValidFrom = try flat(.arcValidFrom, Int32.self, count: dated ? arcs : 0)
    parts.arcValidUntil = try flat(.arcValidUntil, Int32.self, count: dated ? arcs : 0)
    parts.inArc = try flat(.inArc, Int32.self, count: arcs)
  }

  private func readServices(
    into parts: inout NetworkParts, services: Int, transfers: Int, scalars: (SnapshotLayout.Scalar) -> Int
  ) throws(SnapshotError) {
    parts.serviceContext = try flat(.serviceContext, Int32.self, count: services)
    parts.contextCount = scalars(.contextCount)
    parts.serviceWords = scalars(.serviceWords)
    parts.operatorServiceBits = try flat(
      .operatorServiceBits, UInt64.self, count: scalars(.operatorCount) * scalars(.serviceWords))
    parts.serviceMode = try cases(.serviceMode, Mode.self, count: services)
    parts.serviceCargoClasses = try flat(.serviceCargoClasses, CargoClassSet.self, count: services)
    parts.serviceTariff = TariffColumns(
      perTEU: try flat(.serviceTEU, Int64.self, count: services),
      perFEU: try flat(.serviceFEU, Int64.self, count: services),
      perKilogram: try flat(.serviceKilogram, Int64.self, count: services),
      minimumCharge: try flat(.serviceMinimum, Int64.self, count: services))
    parts.serviceTransit = try flat(.serviceTransit, Minutes.self, count: services)
    parts.serviceDistance = try flat(.serviceDistance, Kilometres.self, count: services)
    parts.serviceIntensity = try flat(.serviceIntensity, GramsPerTonneKilometre.self, count: services)
    parts.serviceDocument = try cases(.serviceDocument, DocumentRegime.self, count: services)
    parts.serviceNewDocumentCost = try flat(.serviceNewDocumentCost, Int64.self, count: services)
    parts.serviceNewDocumentTime = try flat(.serviceNewDocumentTime, Int64.self, count: services)
    parts.transferTariff = TariffColumns(
      perTEU: try flat(.transferTEU, Int64.self, count: transfers),
      perFEU: try flat(.transferFEU, Int64.self, count: transfers),
      perKilogram: try flat(.transferKilogram, Int64.self, count: transfers),
      minimumCharge: try flat(.transferMinimum, Int64.self, count: transfers))
    parts.transferTime = try flat(.transferTime, Minutes.self, count: transfers)
  }

  /// The section as `count` elements (any number when nil), read in place.
  func flat<Element: BitwiseCopyable>(_ tag: SnapshotSection, _ type: Element.Type, count: Int?)
    throws(SnapshotError) -> FlatArray<Element>
  {
    try flat(tag.rawValue, type, count: count)
  }

  /// The section tagged `tag` as `count` elements (any number when nil), read in place.
  func flat<Element: BitwiseCopyable>(_ tag: UInt32, _ type: Element.Type, count: Int?)
    throws(SnapshotError) -> FlatArray<Element>
  {
    let section = try file.section(tag)
    let stride = MemoryLayout<Element>.stride
    guard section.count % stride == 0, count.map({ $0 * stride == section.count }) ?? true else {
      throw SnapshotError(
        .corrupt, file.path, "section \(tag) has \(section.count) bytes, not \(count ?? 0) × \(stride)")
    }
    guard let base = section.baseAddress, !section.isEmpty else { return FlatArray() }
    return FlatArray(unsafeBase: base, count: section.count / stride, owner: file)
  }

  /// CSR offsets: `count` ascending values from 0 (to `end`, when given).
  private func offsets(_ tag: SnapshotSection, count: Int, end: Int?) throws(SnapshotError) -> FlatArray<
    Int32
  > {
    let values = try flat(tag, Int32.self, count: count)
    var previous: Int32 = 0
    for value in values {
      guard value >= previous else {
        throw SnapshotError(.corrupt, file.path, "section \(tag) goes backwards")
      }
      previous = value
    }
    guard values.first == 0, end.map({ Int(previous) == $0 }) ?? true else {
      throw SnapshotError(.corrupt, file.path, "section \(tag) does not end at \(end ?? 0)")
    }
    return values
  }

  /// One byte per value, its position in `allCases`: read in place when that is how the compiler
  /// lays the enum out (checked here, not assumed), else decoded into memory.
  private func cases<Value: CaseIterable & BitwiseCopyable>(
    _ tag: SnapshotSection, _ type: Value.Type, count: Int
  )
    throws(SnapshotError) -> FlatArray<Value>
  {
    let bytes = try flat(tag, UInt8.self, count: count)
    let all = Array(Value.allCases)
    guard !bytes.contains(where: { Int($0) >= all.count }) else {
      throw SnapshotError(.corrupt, file.path, "section \(tag) holds an unknown \(Value.self)")
    }
    let inPlace =
      MemoryLayout<Value>.size == 1
      && all.enumerated().allSatisfy { index, value in withUnsafeBytes(of: value) { $0[0] == UInt8(index) } }
    guard inPlace, let base = bytes.withUnsafeBufferPointer({ $0.baseAddress }) else {
      return FlatArray(bytes.map { all[Int($0)] })
    }
    return FlatArray(unsafeBase: UnsafeRawPointer(base), count: count, owner: file)
  }

  func booleans(_ tag: SnapshotSection, count: Int) throws(SnapshotError) -> FlatArray<Bool> {
    let bytes = try flat(tag, UInt8.self, count: count)
    guard !bytes.contains(where: { $0 > 1 }), let base = bytes.withUnsafeBufferPointer({ $0.baseAddress })
    else {
      if bytes.isEmpty { return FlatArray() }
      throw SnapshotError(.corrupt, file.path, "section \(tag) holds a byte that is not a Bool")
    }
    return FlatArray(unsafeBase: UnsafeRawPointer(base), count: count, owner: file)
  }
}
