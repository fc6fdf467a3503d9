import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// `.co` parsing: coordinates in millionths of a degree, every error located (moved from
/// `DIMACSImportTests`).
@Suite struct DIMACSCoordinatesTests {
  @Test func parsesCoordinatesInMillionthsOfADegree() throws {
    let text =
      "c USA-road style\np aux sp co 3\nv 2 -73530767 41085396\nv 1 120030000 36300000\nv 3 0 -90000000\n"
    let coordinates = try DIMACSCoordinates(parsing: text, file: "t.co")
    #expect(coordinates.nodeCount == 3)
    #expect(coordinates.longitudes == [120_030_000, -73_530_767, 0])
    #expect(coordinates.latitudes == [36_300_000, 41_085_396, -90_000_000])
    #expect(coordinates.latitude(of: 1) == 41.085396 && coordinates.longitude(of: 1) == -73.530767)
  }

  @Test(
    arguments: [
      ("v 1 0 0\n", "1:1", "node before the problem line", "v"),
      (
        "p aux sp co 2147483647\n", "1:13", "nodes: declares 2147483647 nodes but a file of 23 bytes",
        "2147483647"
      ),
      ("p aux sp co 2\nv 1 0 0\n", "1:13", "nodes: no coordinates for node 2 (1 of 2 nodes placed)", "2"),
      ("p aux sp co 2\nv 1 0 0\nv 1 5 5\n", "3:3", "id: node 1 already placed at line 2", "1"),
      ("p aux sp co 2\nv 3 0 0\n", "2:3", "id: node id outside 1...2", "3"),
      ("p aux sp co 2\nv 1 181000000 0\n", "2:5", "longitude: outside -180...180 degrees", "181000000"),
      ("p aux sp co 2\nv 1 0 -90000001\n", "2:7", "latitude: outside -90...90 degrees", "-90000001"),
      ("p aux sp co 2\nv 1 12.5 0\n", "2:5", "longitude: expected an integer in millionths", "12.5"),
      ("p aux sp co 2\nv 1 0\n", "2:6", "expected 4 fields 'v ID LONGITUDE LATITUDE', found 3", nil),
      ("p sp co 2\n", "1:10", "expected 5 fields 'p aux sp co NODES', found 4", nil),
      ("p aux sp gr 2\n", "1:3", "expected 'p aux sp co NODES'", "aux"),
      ("p aux sp co 1\np aux sp co 1\n", "2:1", "a second problem line", "p"),
      ("p aux sp co 1\na 1 2 3\n", "2:1", "unknown line type: expected 'c', 'p' or 'v'", "a"),
    ] as [(String, String, String, String?)])
  func malformedCoordinatesAreLocated(text: String, place: String, message: String, value: String?) {
    let error = #expect(throws: DataFileError.self) { try DIMACSCoordinates(parsing: text, file: "bad.co") }
    #expect(error?.location.description == "bad.co:\(place)", "\(String(describing: error))")
    #expect(
      error?.description.hasPrefix("bad.co:\(place): \(message)") == true, "\(String(describing: error))")
    if let value { #expect(error?.value == value) }
  }
}
