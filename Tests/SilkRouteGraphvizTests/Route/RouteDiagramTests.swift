import Foundation
import SilkRoute
import SilkRouteGraphviz
import Testing

/// An itinerary drawn over the faded network.
struct RouteDiagramTests {
  let network = ReferenceNetwork.network

  func itinerary(_ from: String, _ to: String, objective: Objective = .cheapest) throws -> Itinerary {
    try ReferenceNetwork.planner.route(RouteQuery(from: from, to: to, objective: objective))
  }

  @Test func svgShowsEveryLegAndCityOfTheRoute() throws {
    let route = try itinerary("Jiaozhou", "Hamburg")
    let svg = try SVGDocument(RouteDiagram.render(itinerary: route, network: network, format: .svg))
    #expect(svg.hasText("\(route.origin.name) → \(route.destination.name)"))
    for leg in route.legs {
      #expect(svg.hasText(leg.from.city.name) && svg.hasText(leg.to.city.name))
      // Each leg is labelled with its mode and cost.
      #expect(svg.texts.contains { $0.contains(leg.mode.rawValue) && $0.contains("USD") })
    }
    #expect(svg.titles.contains { $0.hasPrefix("Leg 1: ") })
  }

  @Test func routeEdgesComeAfterTheFadedNetwork() throws {
    let route = try itinerary("Jiaozhou", "Almaty", objective: .fastest)
    let graph = try RouteDiagram.graph(itinerary: route, network: network)
    let firstRoute = try #require(graph.edges.firstIndex { $0.tail.hasPrefix("route:") })
    #expect(graph.edges[..<firstRoute].allSatisfy { !$0.tail.hasPrefix("route:") })
    let legs = graph.edges.filter { $0.attributes["penwidth"] == .literal("4") }
    #expect(legs.count >= route.legs.count)
    // Exactly one arrowhead per leg or transfer drawn.
    let arrows = graph.edges.filter { $0.attributes["dir"] == .literal("forward") }
    #expect(arrows.count >= route.legs.count)
  }

  @Test func seaLegsFollowTheSeaLanes() throws {
    let route = try ReferenceNetwork.planner.route(
      RouteQuery(from: "Qingdao", to: "Rotterdam", allowedModes: [.sea]))
    let graph = try RouteDiagram.graph(itinerary: route, network: network)
    let lanes = graph.edges.filter { $0.tail.hasPrefix("route:sea:") || $0.head.hasPrefix("route:sea:") }
    #expect(lanes.count > 10)
  }

  /// The legend lists every step, a through B/L's fee too.
  @Test func legendShowsTheBLFee() throws {
    let route = try itinerary("Jiaozhou", "Busan")
    guard case .fee(let fee) = route.steps.first else {
      Issue.record("Jiaozhou–Busan is no longer booked under a through B/L: pick another route")
      return
    }
    let svg = try SVGDocument(RouteDiagram.render(itinerary: route, network: network, format: .svg))
    #expect(svg.hasText("B/L fee"))
    #expect(svg.texts.contains { $0.contains(fee.operatorName) })
  }

  @Test func documentsAreGroupedAndLabelled() throws {
    let route = try itinerary("Jiaozhou", "Hamburg")
    let documents = [
      RouteDiagram.Document(title: "SMGS consignment note", legs: [1]),
      RouteDiagram.Document(title: "CIM consignment note", legs: Array(2...route.legs.count)),
    ]
    let svg = try SVGDocument(
      RouteDiagram.render(
        itinerary: route, network: network, format: .svg, options: .init(documents: documents)))
    #expect(svg.hasText("D1") && svg.hasText("D2"))
    #expect(svg.texts.contains { $0.contains("SMGS consignment note") })
    #expect(svg.titles.contains { $0.contains("Document 2: CIM consignment note") })
  }

  @Test func pngPdfAndDotRender() throws {
    let route = try itinerary("Jiaozhou", "Tashkent")
    let png = try RouteDiagram.render(
      itinerary: route, network: network, format: .png, options: .init(pixelWidth: 900))
    #expect(pngSize(png).map { abs($0.width - 900) <= 2 } == true)
    #expect(
      try RouteDiagram.render(itinerary: route, network: network, format: .pdf).starts(
        with: Data("%PDF".utf8)))
    let dot = try RouteDiagram.render(itinerary: route, network: network, format: .dot)
    #expect(try GraphvizRenderer.parse(dot: String(decoding: dot, as: UTF8.self)).nodes > 10)
  }

  @Test(arguments: [DiagramLayout.dot, .neato])
  func otherLayoutsHighlightTheRoute(layout: DiagramLayout) throws {
    let route = try itinerary("Jiaozhou", "Moscow")
    let svg = try SVGDocument(
      RouteDiagram.render(itinerary: route, network: network, format: .svg, options: .init(layout: layout)))
    #expect(svg.hasText("Moscow"))
  }

  @Test func anItineraryFromAnotherNetworkIsAnError() throws {
    var route = try itinerary("Jiaozhou", "Almaty")
    let first = try #require(route.steps.firstIndex { if case .leg = $0 { true } else { false } })
    guard case .leg(var leg) = route.steps[first] else { return }
    leg.service = "no-such-service"
    route.steps[first] = .leg(leg)
    #expect(
      throws: DiagramError.itinerary("the itinerary's service 'no-such-service' is not in this network")
    ) {
      try RouteDiagram.graph(itinerary: route, network: network)
    }
  }
}
