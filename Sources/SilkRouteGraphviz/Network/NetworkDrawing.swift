import Foundation
import SilkRoute
import SilkRouteGeoJSON

/// The drawing of (part of) a network: city nodes, border-crossing markers, and one edge per
/// stretch between two nodes with the colours of every mode that uses it. A service is a chain
/// of such stretches: through its customs marker (rail, road), along sea-lane waypoints (sea)
/// or great-circle points (air) on the `geo` layout. `RouteDiagram` draws it faded and lays
/// the itinerary over it along the same chains.
struct NetworkDrawing {
  let network: TransportNetwork
  let layout: DiagramLayout
  let selected: SelectedNetwork
  let faded: Bool

  /// Nodes and edges, in drawing order (with `outputorder=edgesfirst`, Graphviz draws edges
  /// grouped by tail node in node order, then the nodes).
  private(set) var nodes: [DiagramGraph.Node] = []
  private(set) var edges: [DiagramGraph.Edge] = []
  /// Pinned positions of every node of the `geo` layout.
  private(set) var positions: [String: PlanePoint] = [:]
  /// Each drawn service's chain of nodes, from its `from` terminal's city to its `to`'s.
  private(set) var servicePaths: [Int: [String]] = [:]
  /// Each drawn transfer's chain, for transfers between two cities.
  private(set) var transferPaths: [Int: [String]] = [:]
  /// The marker node of each border crossing drawn.
  private(set) var crossingNodes: [Int: String] = [:]
  /// Cities with a gauge change inside them (drawn with a double outline).
  private(set) var gaugeChangeCities: Set<Int> = []
  /// Services per mode, for the legend.
  private(set) var modeCounts: [Mode: Int] = [:]
  private(set) var gaugeChangeLinks = 0
  /// Services at each drawn city.
  private(set) var cityDegree: [Int: Int] = [:]
  /// Radius of each city's dot on the `geo` layout, points.
  private(set) var cityRadius: [Int: Double] = [:]

  private let projection = GeoProjection()
  private var isGeo: Bool { layout == .geo }

  static func cityNode(_ index: Int) -> String { DiagramNodeID.city(index).name }
  static func crossingNode(_ index: Int) -> String { DiagramNodeID.crossing(index).name }

  /// - Parameter unlabelled: cities whose nodes get no name (a route overlay names them).
  init(
    network: TransportNetwork, layout: DiagramLayout, selected: SelectedNetwork, faded: Bool = false,
    unlabelled: Set<Int> = []
  ) {
    self.network = network
    self.layout = layout
    self.selected = selected
    self.faded = faded
    let data = network.records

    // Which land customs crossing each service and transfer makes, from the network's arcs.
    var serviceCrossing: [Int: Int] = [:]
    var transferCrossing: [Int: Int] = [:]
    for arc in network.arcIDs {
      guard case .land(let id) = network.crossing(of: arc)?.kind else { continue }
      if let service = network.service(of: arc) { serviceCrossing[service.index] = id.index }
      if let transfer = network.transfer(of: arc) { transferCrossing[transfer.index] = id.index }
    }

    // City positions: projected, then moved apart where they would overlap.
    if isGeo {
      let projected = selected.cities.map { projection.project(data.cities[$0].point) }
      let spread = GeoProjection.declutter(projected, minimum: 20)
      for (index, city) in selected.cities.enumerated() { positions[Self.cityNode(city)] = spread[index] }
    }

    // Chains of nodes for services and transfers.
    var degree: [Int: Int] = [:]
    for index in selected.services {
      let service = data.services[index]
      guard let from = cityIndex(ofTerminal: service.from), let to = cityIndex(ofTerminal: service.to) else {
        continue
      }
      degree[from, default: 0] += 1
      degree[to, default: 0] += 1
      modeCounts[service.mode, default: 0] += 1
      servicePaths[index] = chain(
        service: service, from: from, to: to, crossing: serviceCrossing[index])
    }
    for index in selected.transfers {
      let transfer = data.transfers[index]
      guard let from = cityIndex(ofTerminal: transfer.from), let to = cityIndex(ofTerminal: transfer.to)
      else {
        continue
      }
      if from == to {
        if transfer.kind == .gaugeChange { gaugeChangeCities.insert(from) }
        continue
      }
      if transfer.kind == .gaugeChange { gaugeChangeLinks += 1 }
      transferPaths[index] = landChain(from: from, to: to, crossing: transferCrossing[index])
    }

    cityDegree = degree
    addCityNodes(degree: degree, unlabelled: unlabelled)
    addCrossingNodes()
    addPathNodes()
    addStretches()
  }

  /// The dots of cities and crossing markers, for label placement.
  var dots: [(centre: PlanePoint, radius: Double)] {
    selected.cities.compactMap { city in
      positions[Self.cityNode(city)].map { ($0, cityRadius[city] ?? 4) }
    } + crossingNodes.values.compactMap { id in positions[id].map { ($0, 4.5) } }
  }

  /// Every drawn point's bounds, in points.
  var bounds: (min: PlanePoint, max: PlanePoint)? {
    guard let first = positions.values.first else { return nil }
    var low = first
    var high = first
    for point in positions.values {
      low = PlanePoint(x: min(low.x, point.x), y: min(low.y, point.y))
      high = PlanePoint(x: max(high.x, point.x), y: max(high.y, point.y))
    }
    return (low, high)
  }

  /// Sets `attributes` on top of node `id`'s own.
  mutating func restyle(node id: String, with attributes: DiagramAttributes) {
    guard let index = nodes.firstIndex(where: { $0.id == id }) else { return }
    nodes[index].attributes = nodes[index].attributes.merging(attributes)
  }

  private func cityIndex(ofTerminal id: String) -> Int? {
    network.terminalID(id).map { network.city(of: $0).index }
  }

  // MARK: Chains

  private mutating func chain(service: ServiceRecord, from: Int, to: Int, crossing: Int?) -> [String] {
    guard isGeo else { return landChain(from: from, to: to, crossing: crossing) }
    switch service.mode {
    case .sea:
      var nodes = [Self.cityNode(from)]
      for vertex in GeoPath.service(service, in: network).via {
        guard case .waypoint(let waypoint) = vertex else { continue }
        let id = DiagramNodeID.sea(waypoint.name).name
        positions[id] = projection.project(waypoint.point)
        nodes.append(id)
      }
      return nodes + [Self.cityNode(to)]
    case .air:
      // One arc per city pair, computed from the lower city index so both directions share it.
      let (low, high) = (min(from, to), max(from, to))
      let arc = network.records.cities[low].point.greatCircle(
        to: network.records.cities[high].point, maximumStepKm: GeoPath.greatCircleStepKm)
      var nodes = [Self.cityNode(low)]
      for (step, point) in arc.dropFirst().dropLast().enumerated() {
        let id = DiagramNodeID.air(low: low, high: high, step: step).name
        positions[id] = projection.project(point)
        nodes.append(id)
      }
      nodes.append(Self.cityNode(high))
      return from == low ? nodes : nodes.reversed()
    case .rail, .road:
      return landChain(from: from, to: to, crossing: crossing)
    }
  }

  /// City to city, through the customs marker when the link crosses a land border.
  /// (Not on the radial layout, whose rings count the nodes between a city and the centre.)
  private mutating func landChain(from: Int, to: Int, crossing: Int?) -> [String] {
    guard let crossing, layout != .radial else { return [Self.cityNode(from), Self.cityNode(to)] }
    let marker = Self.crossingNode(crossing)
    if crossingNodes[crossing] == nil {
      crossingNodes[crossing] = marker
      // At the border post (`BorderCrossingPoints`); halfway between the cities if unknown.
      if isGeo {
        let id = network.records.borderCrossings[crossing].id
        if let point = BorderCrossingPoints.point(ofCrossing: id) {
          positions[marker] = projection.project(point.point)
        } else if let a = positions[Self.cityNode(from)], let b = positions[Self.cityNode(to)] {
          positions[marker] = .midpoint(a, b)
        }
      }
    }
    return [Self.cityNode(from), marker, Self.cityNode(to)]
  }

  // MARK: Nodes

  private mutating func addCityNodes(degree: [Int: Int], unlabelled: Set<Int>) {
    let data = network.records
    for city in selected.cities {
      let record = data.cities[city]
      let id = Self.cityNode(city)
      let territory = network.territory(network.territory(of: CityID(city))).id
      let services = degree[city] ?? 0
      var attributes: DiagramAttributes = [
        "tooltip": .tooltip(tooltip(forCity: city, services: services)),
        "fillcolor": .literal(faded ? "#eeeeee" : MapPalette.colour(ofTerritory: territory)),
        "color": .literal(faded ? "#bdbdbd" : DiagramStyle.ink),
      ]
      if gaugeChangeCities.contains(city) { attributes["peripheries"] = .literal("2") }
      if isGeo {
        // Named by a separate label node (`MapLabels`), placed once every line is known.
        let size = 0.09 + 0.02 * Double(services).squareRoot()
        cityRadius[city] = size * 36
        attributes["width"] = .literal(String(format: "%.3f", size))
        attributes["label"] = .literal("")
        if let position = positions[id] { attributes["pos"] = .literal(position.pinned) }
      } else {
        attributes["label"] = unlabelled.contains(city) ? .literal("") : .text(record.name)
      }
      nodes.append(DiagramGraph.Node(id: id, attributes: attributes))
    }
  }

  private func tooltip(forCity city: Int, services: Int) -> String {
    let record = network.records.cities[city]
    let terminals = network.terminals(in: CityID(city)).map { id -> String in
      let terminal = network.terminal(id)
      return terminal.mode.rawValue + (terminal.gauge.map { " \($0.millimetres) mm" } ?? "")
    }
    var text = "\(record.name) (\(record.country)): \(terminals.joined(separator: ", "))"
    text += " · \(services) service\(services == 1 ? "" : "s")"
    if gaugeChangeCities.contains(city) { text += " · gauge change" }
    return text
  }

  private mutating func addCrossingNodes() {
    for (crossing, id) in crossingNodes.sorted(by: { $0.key < $1.key }) {
      let record = network.records.borderCrossings[crossing]
      var attributes: DiagramAttributes = [
        "shape": .literal("diamond"), "width": .literal("0.13"), "height": .literal("0.13"),
        "label": .literal(""), "fillcolor": .literal(faded ? "#c4c4c4" : DiagramStyle.crossing),
        "color": .literal("#ffffff"), "penwidth": .literal("0.6"),
        "tooltip": .tooltip(
          "Customs: \(record.name) · clearance \(DiagramStyle.duration(record.clearance)), "
            + "USD \(DiagramStyle.dollars(record.clearanceCost))"),
      ]
      if let position = positions[id] { attributes["pos"] = .literal(position.pinned) }
      nodes.append(DiagramGraph.Node(id: id, attributes: attributes))
    }
  }

  /// Invisible nodes for sea-lane waypoints and great-circle points.
  private mutating func addPathNodes() {
    let ids = Set(servicePaths.values.joined()).filter { DiagramNodeID(name: $0).isWaypoint }
    for id in ids.sorted() {
      guard let position = positions[id] else { continue }
      nodes.append(Self.invisibleNode(id, at: position))
    }
  }

  // MARK: Edges

  /// One stretch between two nodes and everything drawn along it.
  private struct Stretch {
    var tail: String
    var head: String
    var modes: Set<Mode> = []
    var gaugeChange = false
    var services: [String] = []
  }

  private mutating func addStretches() {
    var stretches: [String: Stretch] = [:]
    var order: [String] = []
    func add(_ path: [String], mode: Mode, gauge: Bool, description: String) {
      for (a, b) in zip(path, path.dropFirst()) {
        let key = a < b ? "\(a)|\(b)" : "\(b)|\(a)"
        if stretches[key] == nil {
          stretches[key] = Stretch(tail: a, head: b)
          order.append(key)
        }
        if gauge { stretches[key]?.gaugeChange = true } else { stretches[key]?.modes.insert(mode) }
        stretches[key]?.services.append(description)
      }
    }
    let data = network.records
    for (index, path) in servicePaths.sorted(by: { $0.key < $1.key }) {
      let service = data.services[index]
      add(path, mode: service.mode, gauge: false, description: describe(service))
    }
    for (index, path) in transferPaths.sorted(by: { $0.key < $1.key }) {
      let transfer = data.transfers[index]
      add(
        path, mode: .rail, gauge: transfer.kind == .gaugeChange,
        description: "\(transfer.kind.rawValue): \(transfer.from) – \(transfer.to), "
          + DiagramStyle.duration(transfer.time))
    }
    for key in order {
      guard let stretch = stretches[key] else { continue }
      edges.append(
        DiagramGraph.Edge(tail: stretch.tail, head: stretch.head, attributes: attributes(of: stretch)))
    }
  }

  private func describe(_ service: ServiceRecord) -> String {
    let carrier =
      network.carrier(service.carrier)?.name ?? service.carrier
    let from = network.cityOfTerminal(service.from)?.name ?? service.from
    let to = network.cityOfTerminal(service.to)?.name ?? service.to
    let cost =
      service.tariff.charge(for: .containers(1, .feu)).map { ", USD \(DiagramStyle.dollars($0))/FEU" } ?? ""
    return
      "\(service.mode.rawValue) \(from) – \(to), \(carrier), \(DiagramStyle.duration(service.transit))\(cost)"
  }

  private func attributes(of stretch: Stretch) -> DiagramAttributes {
    let modes = stretch.modes.sorted()
    var colours = modes.map {
      faded ? DiagramStyle.translucent(DiagramStyle.colour($0), 0.28) : DiagramStyle.colour($0)
    }
    if stretch.gaugeChange {
      let rail =
        faded ? DiagramStyle.translucent(DiagramStyle.colour(.rail), 0.28) : DiagramStyle.colour(.rail)
      colours += [rail, "invis", rail]
    }
    var width = modes.map(DiagramStyle.width).max() ?? 1.2
    if modes == [.air] && !faded { colours = [DiagramStyle.translucent(DiagramStyle.colour(.air), 0.75)] }
    if stretch.gaugeChange { width = max(width, 1.4) }
    var attributes: DiagramAttributes = [
      "color": .literal(colours.joined(separator: ":")),
      "penwidth": .literal(String(format: "%.1f", faded ? min(width, 1.4) : width)),
      "tooltip": .tooltip(summarise(stretch.services)),
    ]
    if modes == [.road] && !stretch.gaugeChange { attributes["style"] = .literal("dashed") }
    if modes == [.air] { attributes["style"] = .literal("dashed") }
    let openEnds = [stretch.tail, stretch.head].map { DiagramNodeID(name: $0).isWaypoint }
    if openEnds[0] { attributes["tailclip"] = .literal("false") }
    if openEnds[1] { attributes["headclip"] = .literal("false") }
    return attributes
  }

  private func summarise(_ services: [String]) -> String {
    let unique = services.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    let shown = unique.prefix(8).joined(separator: "; ")
    return unique.count > 8 ? shown + "; and \(unique.count - 8) more" : shown
  }
}
