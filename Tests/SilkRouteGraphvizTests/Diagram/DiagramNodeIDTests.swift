import Testing

@testable import SilkRouteGraphviz

/// `DiagramNodeID`: every node kind renders its Graphviz name in one place, and reads back.
@Suite struct DiagramNodeIDTests {
  static let ids: [DiagramNodeID] = [
    .city(3), .crossing(7), .sea("Suez Canal"), .air(low: 2, high: 9, step: 4), .grid("lat:40:w"),
    .route(.city(3)), .route(.crossing(7)), .document(.sea("Strait of Malacca")),
    .document(.air(low: 0, high: 1, step: 0)), .other("label:3"),
  ]

  @Test func namesKeepTheirPrefixes() {
    #expect(
      Self.ids.map(\.name) == [
        "city:3", "crossing:7", "sea:Suez Canal", "air:2-9:4", "grid:lat:40:w", "route:city:3",
        "route:crossing:7", "doc:sea:Strait of Malacca", "doc:air:0-1:0", "label:3",
      ])
  }

  @Test(arguments: ids) func everyNameReadsBack(id: DiagramNodeID) {
    #expect(DiagramNodeID(name: id.name) == id)
  }

  @Test func namesNoCaseMakesAreOther() {
    for name in ["city:x", "crossing:", "air:1-2", "air:a-b:3", "stub:2", ""] {
      #expect(DiagramNodeID(name: name) == .other(name))
    }
  }

  @Test func kindsAndBases() {
    #expect(DiagramNodeID.city(1).isCity && !DiagramNodeID.route(.city(1)).isCity)
    #expect(DiagramNodeID.route(.city(1)).base == .city(1))
    #expect(DiagramNodeID.document(.route(.crossing(2))).base == .crossing(2))
    #expect(DiagramNodeID.crossing(2).isCrossing && !DiagramNodeID.city(2).isCrossing)
    #expect(DiagramNodeID.sea("Suez").isWaypoint && DiagramNodeID.air(low: 0, high: 1, step: 0).isWaypoint)
    #expect(!DiagramNodeID.city(0).isWaypoint && DiagramNodeID.grid("lon:0:s").isGrid)
  }
}
