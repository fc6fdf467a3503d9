import CGraphviz
import Foundation

/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
  case dot, neato, fdp, sfdp, circo, twopi
  /// `neato -n`: every node stays where its `pos` puts it and the drawing is not moved, so that
  /// a map's `_background` (the basemap, in the same coordinates) stays under the network.
  case nop
}
