import CGraphviz
import Foundation

/// What a DOT text holds, once cgraph has read it.
public struct DOTSummary: Hashable, Sendable {
  public var nodes: Int
  public var edges: Int
  public var directed: Bool

  public init(nodes: Int, edges: Int, directed: Bool) {
    self.nodes = nodes
    self.edges = edges
    self.directed = directed
  }
}
