/// Attributes in the order they were set (later settings of a name win).
public struct DiagramAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral, Sequence {
  public struct Entry: Hashable, Sendable {
    public var name: String
    public var value: DiagramValue
  }
  public private(set) var entries: [Entry] = []

  public init(dictionaryLiteral elements: (String, DiagramValue)...) {
    for (name, value) in elements { self[name] = value }
  }

  public subscript(name: String) -> DiagramValue? {
    get { entries.last { $0.name == name }?.value }
    set {
      entries.removeAll { $0.name == name }
      if let newValue { entries.append(Entry(name: name, value: newValue)) }
    }
  }

  public func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }

  /// `self` with `other`'s entries set on top.
  public func merging(_ other: DiagramAttributes) -> DiagramAttributes {
    var merged = self
    for entry in other { merged[entry.name] = entry.value }
    return merged
  }
}
