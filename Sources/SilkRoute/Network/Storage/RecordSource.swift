/// Where a network's records are read from when they are not held in memory: a compiled
/// snapshot's record sections, decoded one record at a time, only when asked for.
package protocol RecordSource: AnyObject, Sendable {
  /// The number of records in `table`.
  func count(of table: RecordTable) -> Int
  /// Record `index` of `table`.
  ///
  /// The source has checked its bytes when it was opened; a record that does not decode is a
  /// defect of the format, not of the input.
  func record<Record: Decodable>(_ type: Record.Type, of table: RecordTable, at index: Int) -> Record
  /// The dataset edition, if any.
  var edition: EditionRecord? { get }
  /// The cities' name index, when the source holds one compiled (checked when it was opened).
  var cityNames: CompiledCityNames? { get }
}

extension RecordSource {
  package var cityNames: CompiledCityNames? { nil }
}
