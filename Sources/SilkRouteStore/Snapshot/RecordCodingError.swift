/// A record's bytes do not decode: a defect of the format (the bytes passed their checksum).
struct RecordCodingError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
