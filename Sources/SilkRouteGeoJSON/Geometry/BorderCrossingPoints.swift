/// Where each land border crossing of `border_crossings.csv` is, so that a map draws its customs
/// marker at the border rather than halfway between the cities a service joins (the
/// Khorgos–Nur Zholy road crossing was drawn at ~95° E, deep inside China).
///
/// One point per crossing: the border post the crossing is named after, and for a transit
/// through several countries the first border it names (the one the service's customs
/// clearance is made at when it leaves the first territory), with the two countries (ISO 3166-1
/// alpha-3) whose border it is on.
///
/// Source: the Kulma Pass is the Wikipedia article's coordinate (38.1494° N, 74.8014° E); the
/// others are the named border posts placed by hand to 0.01° from the positions of the paired
/// stations of `cities.csv` where both are cities there (Alashankou–Dostyk, Khorgos–Altynkol,
/// Erenhot–Zamyn-Üüd, Manzhouli–Zabaikalsk, Brest–Małaszewicze, Mohan, Pingxiang) and from the
/// border line of Natural Earth 1:110m otherwise (`Data/README.md`, "Basemap and border-crossing
/// points"): approximate, good to about 20 km. `BorderCrossingPointsTests` checks that each point lies
/// within 40 km of both countries' outlines on the basemap (`Data/basemap.geojson`).
public enum BorderCrossingPoints {
  /// A crossing's point and the two countries whose border it is on.
  public struct Point: Hashable, Sendable {
    public let point: GeoPoint
    public let countries: [String]
  }

  /// The point of the crossing with this `border_crossings.csv` id, if known.
  public static func point(ofCrossing id: String) -> Point? {
    table[id].map { Point(point: GeoPoint(latitude: $0.0, longitude: $0.1), countries: [$0.2, $0.3]) }
  }

  /// Every crossing id the table knows.
  public static var crossingIDs: [String] { table.keys.sorted() }

  private static let khorgos = (44.22, 80.37, "CHN", "KAZ")
  private static let saryagash = (41.43, 69.18, "KAZ", "UZB")
  private static let erenhot = (43.70, 111.93, "CHN", "MNG")

  /// id → latitude, longitude, the two countries.
  private static let table: [String: (Double, Double, String, String)] = [
    "alashankou-dostyk": (45.20, 82.52, "CHN", "KAZ"),
    "khorgos-altynkol": (44.20, 80.33, "CHN", "KAZ"),
    "khorgos-nur-zholy": khorgos,
    "khorgos-nur-zholy-tir-jiaozhou": khorgos,
    "khorgos-nur-zholy-tir-samarkand": khorgos,
    "baketu-bakhty": (46.70, 82.74, "CHN", "KAZ"),
    "irkeshtam-dustlik": (39.68, 73.91, "CHN", "KGZ"),
    "torugart": (40.56, 75.39, "CHN", "KGZ"),
    "karasu-kulma": (38.15, 74.80, "CHN", "TJK"),
    "erenhot-zamyn-uud-tir": erenhot,
    "erenhot-zamyn-uud": erenhot,
    "manzhouli-zabaikalsk": (49.63, 117.38, "CHN", "RUS"),
    "sukhbaatar-naushki": (50.33, 106.15, "MNG", "RUS"),
    "brest-terespol": (52.08, 23.66, "BLR", "POL"),
    "buslovskaya-vainikkala": (60.84, 28.45, "RUS", "FIN"),
    "mohan-boten": (21.18, 101.68, "CHN", "LAO"),
    "pingxiang-dong-dang": (21.98, 106.72, "CHN", "VNM"),
    "saryagash-keles": saryagash,
    "saryagash-keles-moscow": saryagash,
    "sariosiyo-pakhtaobod": (38.48, 68.05, "UZB", "TJK"),
    "zhibek-zholy-bishkek": (41.39, 69.30, "KAZ", "UZB"),
    "oybek-fotehobod": (40.58, 69.12, "UZB", "TJK"),
    "khojadavlet-farap": (39.20, 63.65, "UZB", "TKM"),
    "sarakhs": (36.53, 61.20, "TKM", "IRN"),
    "bolashak-serhetyaka": (41.95, 54.35, "KAZ", "TKM"),
    "akyayla-incheh-burun": (37.43, 54.70, "TKM", "IRN"),
    "zernovo-chop-zahony": (52.30, 34.10, "RUS", "UKR"),
    "idomeni-gevgelija-tabanovce": (41.13, 22.51, "GRC", "MKD"),
    "subotica-kelebia": (46.17, 19.63, "SRB", "HUN"),
  ]
}
