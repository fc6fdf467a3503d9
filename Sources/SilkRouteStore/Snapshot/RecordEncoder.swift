/// Encodes a `Codable` record in `RecordCoding`'s binary form.
struct RecordEncoder {
  let keys: RecordKeyTable

  func encode(_ value: some Encodable) throws -> [UInt8] {
    let node = RecordNode()
    try value.encode(to: RecordNodeEncoder(node: node, keys: keys, codingPath: []))
    var bytes: [UInt8] = []
    node.write(to: &bytes)
    return bytes
  }
}
