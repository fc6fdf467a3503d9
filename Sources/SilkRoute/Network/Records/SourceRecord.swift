/// Where a figure comes from: a report, an index, a standard, or an estimating formula.
public struct SourceRecord: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case report, index, dataset, standard, estimate, regulation
  }
  public var id: String
  public var kind: Kind
  /// Bibliographic citation, or for an estimate the formula.
  public var citation: String
  public var url: String
  public var accessed: String
  public var note: String

  public init(
    id: String, kind: Kind, citation: String, url: String = "", accessed: String = "",
    note: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.citation = citation
    self.url = url
    self.accessed = accessed
    self.note = note
  }
}
