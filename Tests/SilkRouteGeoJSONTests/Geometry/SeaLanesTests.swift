import SilkRoute
import SilkRouteGeoJSON
import Testing

/// The schematic sea lanes: connected, each passage a chain of real waypoints, and every bundled
/// sea service drawn along them about as long as its stored distance.
struct SeaLanesTests {
  @Test func waypointNamesAreUniqueAndPassagesNameRealWaypoints() {
    let names = SeaLanes.waypoints.map(\.name)
    #expect(Set(names).count == names.count)
    for (passage, chain) in SeaLanes.passages {
      #expect(!chain.isEmpty)
      for name in chain { #expect(SeaLanes.waypoint(named: name) != nil, "\(passage): \(name)") }
    }
  }

  @Test func everyWaypointIsAtSeaLevelCoordinates() {
    for waypoint in SeaLanes.waypoints {
      #expect((-90...90).contains(waypoint.point.latitude) && (-180...180).contains(waypoint.point.longitude))
    }
  }

  @Test func theLanesJoinEveryWaypoint() {
    // From Qingdao, a lane reaches every other waypoint used as a port's access.
    let qingdao = GeoPoint(latitude: 36.02, longitude: 120.21)
    for waypoint in SeaLanes.waypoints {
      let route = SeaLanes.route(from: ("qingdao", qingdao), to: ("somewhere", waypoint.point))
      #expect(route.last == waypoint, "no lane to \(waypoint.name)")
    }
  }

  @Test func passagesAreTakenInOrderAndInTheTravelDirection() {
    let qingdao = GeoPoint(latitude: 36.02, longitude: 120.21)
    let rotterdam = GeoPoint(latitude: 51.92, longitude: 4.48)
    let suez = SeaLanes.route(
      from: ("qingdao", qingdao), to: ("rotterdam", rotterdam),
      passages: ["malacca", "babalmandab", "suez", "gibraltar"]
    ).map(\.name)
    let order = ["singapore-strait", "bab-el-mandeb", "suez", "port-said", "gibraltar-west", "dover-strait"]
    let positions = order.compactMap { suez.firstIndex(of: $0) }
    #expect(positions.count == order.count && positions == positions.sorted(), "\(suez)")
    let cape = SeaLanes.route(
      from: ("qingdao", qingdao), to: ("rotterdam", rotterdam), passages: ["sunda", "cape"]
    ).map(\.name)
    #expect(cape.contains("cape-of-good-hope") && !cape.contains("suez"))
    // Back the other way, the same lanes reversed.
    let back = SeaLanes.route(
      from: ("rotterdam", rotterdam), to: ("qingdao", qingdao), passages: ["sunda", "cape"].reversed()
    ).map(\.name)
    #expect(back == cape.reversed())
  }

  /// Drawn along the lanes, each sea service is within 25 % of the distance `Data/` gives it
  /// (computed with searoute): the lanes are schematic, but not a detour or a short cut.
  @Test func bundledSeaServicesAreAboutAsLongAsTheirDistance() {
    let network = ReferenceNetwork.network
    for service in network.data.services where service.mode == .sea {
      let path = GeoPath.service(service, in: network)
      let ratio = path.points.lengthKm / Double(service.distance.rawValue)
      #expect(
        (0.75...1.25).contains(ratio),
        "\(service.id): drawn \(Int(path.points.lengthKm)) km, stored \(service.distance.rawValue) km")
      for passage in service.passages {
        let chain = SeaLanes.passages[passage] ?? []
        let names = path.via.compactMap { vertex -> String? in
          if case .waypoint(let waypoint) = vertex { return waypoint.name }
          return nil
        }
        #expect(chain.allSatisfy(names.contains), "\(service.id) misses \(passage)")
      }
    }
  }
}
