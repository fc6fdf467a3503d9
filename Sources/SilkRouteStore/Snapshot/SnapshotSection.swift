import SilkRoute

/// The sections of a compiled snapshot, by the tag that names each in the section table. Hot
/// sections are the flat arrays the searches read (little-endian, mapped in place); cold ones
/// hold records and strings, decoded on demand.
enum SnapshotSection: UInt32, CaseIterable, Sendable {
  // Scalars and strings
  case scalars = 1
  case dataVersion, recordKeys, crossings, edition

  // Cities and terminals
  case cityTerritory = 100
  case cityTerminalFirst, cityTerminalList, terminalCity, terminalMode
  case cityLatitude, cityLongitude

  // Arcs (CSR by tail, and the reverse index)
  case firstOut = 200
  case arcTail, arcHead, arcService, arcTransfer, arcCrossing, arcTimetable
  case arcValidFrom, arcValidUntil, firstIn, inArc

  // Timetables
  case timetableFirst = 300
  case timetableDepartures, timetableHeadway

  // Services and transfers
  case serviceContext = 400
  case operatorServiceBits, serviceMode, serviceCargoClasses
  case serviceTEU, serviceFEU, serviceKilogram, serviceMinimum
  case serviceTransit, serviceDistance, serviceIntensity, serviceDocument
  case serviceNewDocumentCost, serviceNewDocumentTime
  case transferTEU, transferFEU, transferKilogram, transferMinimum, transferTime

  // Next-document charges
  case chargeFirst = 500
  case chargeContext, chargeCost, chargeTime, chargeRailLeaves

  // The cities' name index (`CompiledCityNames`)
  case cityNameOffsets = 600
  case cityNameBytes, cityNameCities

  // The compiled default query profile (`CompiledProfile`)
  case profileScalars = 700
  case profileCargo, profileUsable, profileWeight, profileInTransit
  case profileTransitArc, profileTransitTerritory, profileTransitClearance

  /// Part `part` of the profile's kernel graph `slot` (`CompiledProfile.graphSlots`): 0 the CSR
  /// offsets, 1 the packed arcs, 2 their tails, 3 their arc numbers, 4 and 5 the node maps.
  static func profileGraph(_ slot: Int, _ part: Int) -> UInt32 { 720 + 8 * UInt32(slot) + UInt32(part) }
  /// Part `part` of the profile's landmarks `index` (`CompiledProfile.landmarkCriteria`): 0 the
  /// landmarks, 1 the distances from them, 2 the distances to them.
  static func profileLandmarks(_ index: Int, _ part: Int) -> UInt32 { 780 + 4 * UInt32(index) + UInt32(part) }

  /// Records of `table`: per record its byte offset (count + 1 offsets), then the bytes.
  static func recordOffsets(_ table: RecordTable) -> UInt32 { 1_000 + 8 * tableNumber(table) }
  static func recordBytes(_ table: RecordTable) -> UInt32 { 1_001 + 8 * tableNumber(table) }
  /// Record ids of `table` (for lookups by id without decoding records): offsets, then UTF-8.
  static func idOffsets(_ table: RecordTable) -> UInt32 { 1_002 + 8 * tableNumber(table) }
  static func idBytes(_ table: RecordTable) -> UInt32 { 1_003 + 8 * tableNumber(table) }
  /// Record numbers (Int32) in the order of their ids' UTF-8 bytes (ties: record order), for
  /// binary search.
  static func idOrder(_ table: RecordTable) -> UInt32 { 1_004 + 8 * tableNumber(table) }

  private static func tableNumber(_ table: RecordTable) -> UInt32 {
    UInt32(RecordTable.allCases.firstIndex(of: table) ?? 0)
  }
}
