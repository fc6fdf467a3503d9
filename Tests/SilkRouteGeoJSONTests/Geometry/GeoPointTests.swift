import SilkRouteGeoJSON
import Testing

struct GeoPointTests {
  @Test func haversineMatchesKnownDistances() {
    let qingdao = GeoPoint(latitude: 36.02, longitude: 120.21)
    let moscow = GeoPoint(latitude: 55.76, longitude: 37.62)
    // Great-circle Qingdao–Moscow ≈ 6,336 km (the reported air distance Jiaozhou–Moscow is 6,300 km).
    #expect(abs(qingdao.distance(to: moscow) - 6_336) < 5)
    // A quarter of a meridian: 10,007.5 km on the mean sphere.
    let pole = GeoPoint(latitude: 90, longitude: 0)
    #expect(abs(GeoPoint(latitude: 0, longitude: 0).distance(to: pole) - 10_007.5) < 1)
    #expect(qingdao.distance(to: qingdao) == 0)
  }

  @Test func greatCircleStepsStayOnTheCircle() {
    let a = GeoPoint(latitude: 36.3, longitude: 120.03)
    let b = GeoPoint(latitude: 53.55, longitude: 9.99)
    let arc = a.greatCircle(to: b, maximumStepKm: 400)
    #expect(arc.first == a && arc.last == b)
    for (p, q) in zip(arc, arc.dropFirst()) { #expect(p.distance(to: q) <= 400.001) }
    // The polyline along the circle is as long as the circle itself.
    #expect(abs(arc.lengthKm - a.distance(to: b)) < 1)
    // Eastern Asia to Germany bows north of both ends, as a great circle in the northern hemisphere does.
    #expect(arc.map(\.latitude).max() ?? 0 > 55)
  }
}
