/// A table `NetworkRecords` decoded from a snapshot, kept as a class so that finding it again is a
/// class cast, not an array cast from `Any`.
final class DecodedTable<Record>: @unchecked Sendable {
  let records: [Record]
  init(_ records: [Record]) { self.records = records }
}
