import SilkRoute
import SilkRouteGeoJSON

/// How a diagram places its nodes.
public enum DiagramLayout: String, CaseIterable, Sendable {
  /// A map: cities pinned at their projected coordinates (`neato -n` with `pos="x,y!"`), sea
  /// services along the sea lanes, air services along great circles.
  case geo
  /// Hierarchical, left to right.
  case dot
  /// Spring model.
  case neato
  /// Force-directed.
  case fdp
  /// Multiscale force-directed, for large networks.
  case sfdp
  /// Rings round the selection's `from` city (twopi rooted there): its neighbours on the first
  /// ring, theirs on the next. For neighbourhoods (`--from … --hops`), which spring layouts draw
  /// as a hairball because nearly every city is within two legs of a hub.
  case radial

  var engine: LayoutEngine {
    switch self {
    case .geo: .nop
    case .neato: .neato
    case .dot: .dot
    case .fdp: .fdp
    case .sfdp: .sfdp
    case .radial: .twopi
    }
  }
}
