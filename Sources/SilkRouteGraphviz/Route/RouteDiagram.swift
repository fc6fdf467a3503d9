import Foundation
import SilkRoute
import SilkRouteGeoJSON

/// An itinerary drawn over the network: the network faded, the route's legs highlighted along
/// the same lines (sea lanes, great circles), numbered and labelled with mode, time and cost;
/// handling and customs noted at the cities; each transport document's legs grouped under a
/// coloured band; a legend with every step. On the `geo` layout the map is cropped to the route.
public enum RouteDiagram {
  /// A transport document and the legs it covers, to group on the drawing.
  public struct Document: Hashable, Sendable {
    /// What it is and who issues it: "cim-smgs by UTLC ERA, Jiaozhou → Małaszewicze".
    public var title: String
    /// 1-based numbers of the legs it covers, in the order of `Itinerary.legs`.
    public var legs: [Int]

    public init(title: String, legs: [Int]) {
      self.title = title
      self.legs = legs
    }
  }

  /// The documents of the itinerary's document plan (none without a plan).
  public static func documents(of itinerary: Itinerary) -> [Document] {
    (itinerary.documentPlan?.documents ?? []).map { document in
      Document(
        title: "\(document.type) by \(document.issuer), \(document.from.name) → \(document.to.name)",
        legs: document.legs)
    }
  }

  public struct Options: Hashable, Sendable {
    public var layout: DiagramLayout
    /// Documents to group, in order (default: those of the itinerary's document plan).
    public var documents: [Document]?
    /// The legend's title (default: "Origin → Destination").
    public var title: String?
    /// Width of a PNG in pixels.
    public var pixelWidth: Int?
    /// On the `geo` layout, show only the area around the route (default) or the whole map.
    public var cropToRoute: Bool

    public init(
      layout: DiagramLayout = .geo, documents: [Document]? = nil, title: String? = nil,
      pixelWidth: Int? = nil,
      cropToRoute: Bool = true
    ) {
      self.layout = layout
      self.documents = documents
      self.title = title
      self.pixelWidth = pixelWidth
      self.cropToRoute = cropToRoute
    }
  }

  /// The diagram as a graph, before layout.
  ///
  /// - Throws: `DiagramError.itinerary` when a step names a service, terminal or city that
  ///   `network` does not have.
  public static func graph(itinerary: Itinerary, network: TransportNetwork, options: Options = Options())
    throws(DiagramError) -> DiagramGraph
  {
    var overlay = try RouteOverlay(itinerary: itinerary, network: network, options: options)
    return overlay.graph()
  }

  /// The diagram laid out and rendered in `format`.
  public static func render(
    itinerary: Itinerary, network: TransportNetwork, format: RenderFormat, options: Options = Options()
  ) throws(DiagramError) -> Data {
    try DiagramRenderer.render(
      try graph(itinerary: itinerary, network: network, options: options), layout: options.layout,
      format: format, pixelWidth: options.pixelWidth)
  }

  /// Renders the diagram into the file at `path`, in `format` or the one its extension names
  /// (`.svg`, `.png`, `.pdf`, `.dot`).
  public static func write(
    itinerary: Itinerary, network: TransportNetwork, to path: String, format: RenderFormat? = nil,
    options: Options = Options()
  ) throws(DiagramError) {
    try DiagramRenderer.write(to: path, format: format) { format throws(DiagramError) in
      try render(itinerary: itinerary, network: network, format: format, options: options)
    }
  }
}
