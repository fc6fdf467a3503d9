import SilkRoute

extension SyntheticWorld {
  static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
    UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
  }

  func territory(_ city: Int32) -> Int { countries[cities[Int(city)].country].territory }
  func gauge(_ city: Int32) -> Gauge { countries[cities[Int(city)].country].gauge }

  func link(_ a: Int32, _ b: Int32, trunk: Bool = false) -> Link {
    Link(a: a, b: b, kilometres: points[Int(a)].kilometres(to: points[Int(b)]), trunk: trunk)
  }

  /// Links from every city of `subset` to its `count(city)` nearest accepted neighbours, each
  /// undirected pair once, in city order.
  func nearestLinks(
    _ subset: [Int32], count: (Int32) -> Int, accept: (Int32, Int32) -> Bool = { _, _ in true },
    seen: inout Set<UInt64>
  ) -> [Link] {
    let grid = SpatialGrid(points: points, subset: subset, box: box)
    var links: [Link] = []
    for (position, city) in subset.enumerated() {
      for neighbour in grid.nearest(to: city, count: count(city), accept: { accept(city, $0) })
      where seen.insert(Self.pairKey(city, neighbour)).inserted {
        links.append(link(city, neighbour))
      }
      report(.links, position, of: subset.count * 4)
    }
    return links
  }

  /// Keeps, for each pair of countries, only the `perPair` shortest links that `isBreak` marks
  /// (border crossings, gauge breaks): a border has a few crossing points, not one per town.
  func keepingFewBreaks(_ links: [Link], perPair: Int, isBreak: (Link) -> Bool) -> [Link] {
    var breaks: [(key: UInt64, kilometres: Double, index: Int)] = []
    for (index, link) in links.enumerated() where isBreak(link) {
      let key = Self.pairKey(Int32(cities[Int(link.a)].country), Int32(cities[Int(link.b)].country))
      breaks.append((key, link.kilometres, index))
    }
    breaks.sort { ($0.key, $0.kilometres, $0.index) < ($1.key, $1.kilometres, $1.index) }
    var keep = [Bool](repeating: true, count: links.count)
    var run = 0
    for (position, entry) in breaks.enumerated() {
      run = position > 0 && breaks[position - 1].key == entry.key ? run + 1 : 0
      if run >= perPair { keep[entry.index] = false }
    }
    return links.indices.filter { keep[$0] }.map { links[$0] }
  }

  mutating func makeLinks() {
    var random = random(3)
    let all = Array(0..<Int32(cities.count))
    var seen = Set<UInt64>()

    // Road: every town to its five nearest (seven for larger towns); few crossings per border.
    let roadCities = all.filter { cities[Int($0)].road != nil }
    let road = nearestLinks(roadCities, count: { self.cities[Int($0)].size > 0.6 ? 7 : 5 }, seen: &seen)
    roadLinks = keepingFewBreaks(road, perPair: 3) { territory($0.a) != territory($0.b) }
    connectRoads(roadCities)

    // Rail: three nearest; gauge breaks become gauge-change transfers at a few border stations.
    seen = []
    let railCities = all.filter { cities[Int($0)].rail != nil }
    let rail = nearestLinks(railCities, count: { _ in 3 }, seen: &seen)
    let kept = keepingFewBreaks(rail, perPair: 2) {
      territory($0.a) != territory($0.b) || !gauge($0.a).isInteroperable(with: gauge($0.b))
    }
    railLinks = kept.filter { gauge($0.a).isInteroperable(with: gauge($0.b)) }
    gaugeLinks = kept.filter { !gauge($0.a).isInteroperable(with: gauge($0.b)) }
    // Rail corridors: express trains between hubs (capitals and the largest cities) of one gauge.
    let hubs = railCities.filter { $0 < countries.count || cities[Int($0)].size > 0.9 }
    let corridors = nearestLinks(
      hubs, count: { _ in 2 },
      accept: { a, b in
        self.gauge(a).isInteroperable(with: self.gauge(b))
          && self.points[Int(a)].kilometres(to: self.points[Int(b)]) > 300
      }, seen: &seen)
    railLinks += corridors.map { Link(a: $0.a, b: $0.b, kilometres: $0.kilometres, trunk: true) }

    // Sea: each port to its three nearest ports and one large port further away.
    seen = []
    let ports = all.filter { cities[Int($0)].sea != nil }
    var sea = nearestLinks(ports, count: { _ in 3 }, seen: &seen)
    let bigPorts = ports.filter { $0 < countries.count || cities[Int($0)].size > 0.5 }
    addLongHaul(from: ports, to: bigPorts, count: 1, into: &sea, seen: &seen, &random)
    seaLinks = sea

    // Air: each airport to its three nearest airports beyond 250 km; large airports to three
    // other large airports anywhere.
    seen = []
    let airports = all.filter { cities[Int($0)].air != nil }
    var air = nearestLinks(
      airports, count: { _ in 3 },
      accept: { a, b in self.points[Int(a)].kilometres(to: self.points[Int(b)]) > 250 }, seen: &seen)
    let bigAirports = airports.filter { $0 < countries.count || cities[Int($0)].size > 0.8 }
    addLongHaul(from: bigAirports, to: bigAirports, count: 3, into: &air, seen: &seen, &random)
    airLinks = air

    makeBorderCrossings()
    progress(.links, 1)
  }

  /// Adds `count` links from each city of `from` to random cities of `to`.
  func addLongHaul(
    from: [Int32], to: [Int32], count: Int, into links: inout [Link], seen: inout Set<UInt64>,
    _ random: inout SeededGenerator
  ) {
    guard to.count > 1 else { return }
    for city in from {
      for _ in 0..<count {
        let other = to[random.next(below: to.count)]
        if other != city && seen.insert(Self.pairKey(city, other)).inserted {
          links.append(link(city, other, trunk: true))
        }
      }
    }
  }

  /// Joins the road network into one component (Borůvka rounds: each smaller component gets a
  /// road to the nearest town outside it).
  mutating func connectRoads(_ roadCities: [Int32]) {
    guard roadCities.count > 1 else { return }
    let grid = SpatialGrid(points: points, subset: roadCities, box: box)
    while true {
      var parent = Array(0..<Int32(cities.count))
      func find(_ x: Int32) -> Int32 {
        var x = x
        while parent[Int(x)] != x {
          parent[Int(x)] = parent[Int(parent[Int(x)])]
          x = parent[Int(x)]
        }
        return x
      }
      for link in roadLinks {
        let a = find(link.a)
        let b = find(link.b)
        if a != b { parent[Int(max(a, b))] = min(a, b) }
      }
      // Per city: the root of its road component (road cities only).
      var component = [Int32?](repeating: nil, count: cities.count)
      var size = [Int](repeating: 0, count: cities.count)
      for city in roadCities {
        let root = find(city)
        component[Int(city)] = root
        size[Int(root)] += 1
      }
      var largest: Int32 = roadCities[0]
      var components = 0
      for city in roadCities where component[Int(city)] == city {
        components += 1
        if size[Int(city)] > size[Int(largest)] { largest = city }
      }
      guard components > 1 else { return }
      var best = [(distance: Double, a: Int32, b: Int32)?](repeating: nil, count: cities.count)
      for city in roadCities where component[Int(city)] != largest {
        guard let own = component[Int(city)],
          let other = grid.nearest(to: city, count: 1, accept: { component[Int($0)] != own }).first
        else { continue }
        let distance = points[Int(city)].kilometres(to: points[Int(other)])
        if best[Int(own)].map({ distance < $0.distance }) ?? true { best[Int(own)] = (distance, city, other) }
      }
      for city in roadCities {
        guard let (_, a, b) = best[Int(city)] else { continue }
        roadLinks.append(link(a, b))
      }
    }
  }

  /// One border crossing for each pair of cities in two customs territories that a land link
  /// (road, rail, gauge change) joins, named after its two cities.
  mutating func makeBorderCrossings() {
    var random = random(4)
    for link in roadLinks + railLinks + gaugeLinks where territory(link.a) != territory(link.b) {
      guard crossingPairs.insert(Self.pairKey(link.a, link.b)).inserted else { continue }
      let a = cities[Int(link.a)]
      let b = cities[Int(link.b)]
      data.borderCrossings.append(
        BorderCrossingRecord(
          id: "\(a.id)-\(b.id)", name: "\(a.name)-\(b.name)", fromCity: a.id, toCity: b.id,
          clearance: .hours(Int64(6 + 6 * random.next(below: 4))),
          clearanceCost: Cents(Int64(10_000 + 1_000 * random.next(below: 16))), sources: sources))
    }
  }
}
