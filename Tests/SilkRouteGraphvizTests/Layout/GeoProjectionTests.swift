import Testing

@testable import SilkRouteGraphviz

struct GeoProjectionTests {
  @Test func declutterMovesCloseDotsApartAlongTheirLine() {
    let points = [PlanePoint(x: 0, y: 0), PlanePoint(x: 2, y: 0), PlanePoint(x: 100, y: 100)]
    let spread = GeoProjection.declutter(points, minimum: 20)
    #expect(spread[0].distance(to: spread[1]) >= 19.99)
    #expect(spread[0].x < spread[1].x && spread[0].y == 0 && spread[1].y == 0)
    #expect(spread[2] == points[2])
    // Identical points part east–west.
    let same = GeoProjection.declutter([PlanePoint(x: 5, y: 5), PlanePoint(x: 5, y: 5)], minimum: 10)
    #expect(same[0].x < same[1].x && same[0].distance(to: same[1]) >= 9.99)
  }

  @Test func clippingKeepsThePartInsideTheBox() {
    let box = (PlanePoint(x: 0, y: 0), PlanePoint(x: 10, y: 10))
    let through = NetworkDrawing.clip(PlanePoint(x: -10, y: 5), PlanePoint(x: 20, y: 5), to: box)
    #expect(through.map { abs($0.0 - 1.0 / 3) < 1e-9 && abs($0.1 - 2.0 / 3) < 1e-9 } == true)
    #expect(NetworkDrawing.clip(PlanePoint(x: -10, y: 20), PlanePoint(x: 20, y: 20), to: box) == nil)
  }
}
