/// What an encoded value became, before it is written out (containers need their entries'
/// lengths).
final class RecordNode {
  enum Content {
    case bytes([UInt8])
    case keyed([(key: Int, node: RecordNode)])
    case unkeyed([RecordNode])
  }
  var content: Content = .bytes([])

  func write(to bytes: inout [UInt8]) {
    switch content {
    case .bytes(let payload):
      bytes += payload
    case .keyed(let entries):
      RecordCoding.appendVarint(entries.count, to: &bytes)
      for entry in entries {
        RecordCoding.appendVarint(entry.key, to: &bytes)
        Self.append(entry.node, to: &bytes)
      }
    case .unkeyed(let elements):
      RecordCoding.appendVarint(elements.count, to: &bytes)
      for element in elements { Self.append(element, to: &bytes) }
    }
  }

  private static func append(_ node: RecordNode, to bytes: inout [UInt8]) {
    var payload: [UInt8] = []
    node.write(to: &payload)
    RecordCoding.appendVarint(payload.count, to: &bytes)
    bytes += payload
  }

  func addEntry(_ key: Int) -> RecordNode {
    let child = RecordNode()
    if case .keyed(var entries) = content {
      entries.append((key, child))
      content = .keyed(entries)
    } else {
      content = .keyed([(key, child)])
    }
    return child
  }

  func addElement() -> RecordNode {
    let child = RecordNode()
    if case .unkeyed(var elements) = content {
      elements.append(child)
      content = .unkeyed(elements)
    } else {
      content = .unkeyed([child])
    }
    return child
  }
}
