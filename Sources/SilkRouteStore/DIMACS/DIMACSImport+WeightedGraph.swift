extension DIMACSImport {
  /// One weight file of an import: a graph and the criterion its arc weights give.
  public struct WeightedGraph: Hashable, Sendable {
    public var graph: DIMACSGraph
    public var weight: DIMACSExport.Weight

    public init(_ graph: DIMACSGraph, weight: DIMACSExport.Weight) {
      self.graph = graph
      self.weight = weight
    }
  }
}
