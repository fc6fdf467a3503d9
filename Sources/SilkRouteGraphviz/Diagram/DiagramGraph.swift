/// A graph to draw, as plain Swift values: what the diagram builders produce and
/// `GraphvizRenderer` hands to cgraph. Building one touches no C, so it is cheap to test.
public struct DiagramGraph: Hashable, Sendable {
  public var name: String
  public var directed: Bool
  public var attributes: DiagramAttributes
  public var nodeDefaults: DiagramAttributes
  public var edgeDefaults: DiagramAttributes
  public var nodes: [Node]
  public var edges: [Edge]

  public struct Node: Hashable, Sendable {
    /// The node's name in cgraph: an internal key (`city:12`), never text from the data.
    public var id: String
    public var attributes: DiagramAttributes

    public init(id: String, attributes: DiagramAttributes = [:]) {
      self.id = id
      self.attributes = attributes
    }
  }

  public struct Edge: Hashable, Sendable {
    public var tail: String
    public var head: String
    public var attributes: DiagramAttributes

    public init(tail: String, head: String, attributes: DiagramAttributes = [:]) {
      self.tail = tail
      self.head = head
      self.attributes = attributes
    }
  }

  public init(
    name: String = "G", directed: Bool = false, attributes: DiagramAttributes = [:],
    nodeDefaults: DiagramAttributes = [:], edgeDefaults: DiagramAttributes = [:], nodes: [Node] = [],
    edges: [Edge] = []
  ) {
    self.name = name
    self.directed = directed
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.edges = edges
  }
}
