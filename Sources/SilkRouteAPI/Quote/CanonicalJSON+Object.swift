extension CanonicalJSON {
  /// A JSON object of plain values as built from text (a batch's CSV row): strings, integers,
  /// finite numbers, booleans, and arrays and objects of them; nil for anything else.
  init?(_ value: Any) {
    switch value {
    case let text as String: self = .string(text)
    case let flag as Bool: self = .bool(flag)
    case let number as Int64: self = .number(String(number))
    case let number as Int: self = .number(String(number))
    case let number as Double:
      guard let finite = try? Self.finite(number) else { return nil }
      self = finite
    case let items as [Any]:
      var elements: [CanonicalJSON] = []
      for item in items {
        guard let element = CanonicalJSON(item) else { return nil }
        elements.append(element)
      }
      self = .array(elements)
    case let members as [String: Any]:
      var entries: [(key: String, value: CanonicalJSON)] = []
      for (key, member) in members {
        guard let element = CanonicalJSON(member) else { return nil }
        entries.append((key, element))
      }
      self = .object(entries)
    default: return nil
    }
  }
}
