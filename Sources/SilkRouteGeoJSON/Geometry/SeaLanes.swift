/// Schematic sea lanes, so that a sea service is drawn along the water instead of straight
/// across the land: named waypoints offshore, the lanes between them, the chain of waypoints
/// that passes each strait or canal named in `services.csv` `passages`, and the waypoints each
/// port of the reference network is reached from.
///
/// Source: placed by hand offshore of the coastlines of the Natural Earth 1:50m map (public
/// domain), in the usual shipping corridors (traffic separation schemes of the Dover Strait,
/// Singapore and Malacca Straits, Bab-el-Mandeb, Gibraltar and Hormuz), rounded to 0.05°.
/// For drawing only: a lane's length is never used as a distance — distances, times and costs
/// come from `Data/` (the `searoute` computation). `SeaLanesTests` checks that every bundled
/// sea service, drawn along these lanes, is within 25 % of its stored distance.
public enum SeaLanes {
  /// A named point at sea.
  public struct Waypoint: Hashable, Sendable {
    public let name: String
    public let point: GeoPoint
  }

  /// Every waypoint, in the order of `table`.
  public static let waypoints: [Waypoint] = table.map {
    Waypoint(name: $0.name, point: GeoPoint(latitude: $0.latitude, longitude: $0.longitude))
  }

  /// Name, latitude, longitude (decimal degrees).
  private static let table: [(name: String, latitude: Double, longitude: Double)] = [
    // Yellow Sea, Korea and Japan
    ("qingdao-offing", 35.70, 120.90), ("yellow-sea", 35.00, 123.00),
    ("incheon-approach", 37.20, 125.90), ("jeju-south", 32.80, 126.60),
    ("korea-strait", 34.50, 128.90), ("sea-of-japan", 38.50, 132.00),
    ("osumi-strait", 30.90, 130.80), ("shikoku-south", 32.40, 133.40),
    ("kii-channel", 33.90, 134.85), ("osaka-bay", 34.40, 135.10), ("kii-cape", 33.25, 135.85),
    ("enshu-nada", 34.30, 137.90), ("izu-south", 34.45, 138.90), ("uraga-channel", 35.15, 139.75),
    // East and South China Seas
    ("east-china-sea", 30.00, 123.60), ("taiwan-strait", 24.40, 119.60),
    ("south-china-sea-north", 19.00, 114.50), ("south-china-sea-south", 5.50, 106.50),
    ("singapore-east", 1.40, 104.50),
    // Singapore and Malacca Straits
    ("singapore-strait", 1.20, 103.85), ("malacca-south", 1.95, 102.20),
    ("one-fathom-bank", 2.90, 100.90), ("malacca-north", 5.30, 98.50), ("sumatra-north", 6.30, 95.30),
    // Indian Ocean, Arabian Sea, Gulfs of Oman and Aden
    ("dondra", 5.50, 80.60), ("eight-degree-channel", 7.70, 73.30),
    ("karachi-offing", 24.60, 66.70), ("gwadar-offing", 24.90, 62.30), ("ras-al-hadd", 22.70, 60.30),
    ("gulf-of-oman", 25.00, 57.80), ("strait-of-hormuz", 26.55, 56.55),
    ("socotra-north", 13.60, 54.00), ("gulf-of-aden", 12.40, 47.50),
    // Red Sea and Suez Canal
    ("bab-el-mandeb", 12.55, 43.30), ("red-sea-south", 15.50, 41.70), ("red-sea-mid", 20.50, 38.50),
    ("strait-of-gubal", 27.75, 33.95), ("gulf-of-suez", 28.75, 33.05), ("suez", 29.90, 32.55),
    ("port-said", 31.35, 32.35),
    // Mediterranean and Gibraltar
    ("crete-south", 34.50, 25.00), ("malta-channel", 36.30, 14.90), ("sicily-channel", 37.30, 11.60),
    ("sardinia-south", 38.20, 8.60), ("alboran-sea", 36.10, -3.00), ("gibraltar-east", 36.05, -5.00),
    ("gibraltar-strait", 35.95, -5.60), ("gibraltar-west", 35.90, -6.20),
    // Atlantic coast of Europe, English Channel, North Sea
    ("cape-st-vincent", 36.80, -9.40), ("cabo-da-roca", 38.80, -9.90), ("finisterre", 43.10, -9.70),
    ("ushant", 48.60, -5.60), ("channel-west", 49.95, -3.00), ("dover-strait", 51.00, 1.45),
    ("north-sea-south", 52.30, 3.00), ("maas-approach", 52.00, 3.95),
    ("north-sea-frisian", 53.80, 5.50), ("german-bight", 54.00, 7.60), ("elbe-mouth", 53.95, 8.50),
    ("jutland-west", 56.50, 7.40),
    // Kiel Canal, Danish straits, Baltic Sea, Gulf of Finland
    ("brunsbuttel", 53.90, 9.15), ("kiel-holtenau", 54.35, 10.15), ("kiel-bay", 54.60, 10.60),
    ("fehmarn-belt", 54.55, 11.30), ("kadet-channel", 54.50, 12.20), ("skagerrak", 57.80, 9.00),
    ("skagen", 58.00, 10.70), ("kattegat", 57.10, 11.50), ("oresund", 56.00, 12.65),
    ("drogden", 55.55, 12.70), ("oresund-south", 55.25, 12.90), ("baltic-south", 55.10, 14.20),
    ("baltic-mid", 56.00, 17.80), ("gotland-east", 57.60, 19.80),
    ("gulf-of-finland-entrance", 59.40, 22.50), ("gulf-of-finland", 59.75, 24.30),
    // Sunda Strait and the Cape of Good Hope
    ("natuna-west", 1.00, 107.30), ("gaspar-strait", -2.50, 107.15), ("java-sea", -5.20, 106.40),
    ("sunda-strait", -5.95, 105.80), ("sunda-south", -6.90, 105.00),
    ("madagascar-south", -28.00, 46.50), ("agulhas", -36.00, 21.50),
    ("cape-of-good-hope", -34.80, 17.90),
    // West Africa
    ("namibia-offing", -24.00, 12.00), ("angola-offing", -10.00, 11.00), ("gabon-offing", -1.00, 7.50),
    ("gulf-of-guinea", 2.50, 0.00), ("liberia-offing", 3.50, -10.00),
    ("sierra-leone-offing", 7.00, -15.00), ("cape-verde-offing", 14.80, -19.00),
    ("canaries-west", 28.50, -19.50),
  ]

  /// Lanes, each a chain of waypoints joined in both directions.
  static let lanes: [[String]] = [
    ["qingdao-offing", "yellow-sea", "east-china-sea", "taiwan-strait", "south-china-sea-north"],
    ["yellow-sea", "incheon-approach"],
    ["yellow-sea", "jeju-south", "korea-strait", "sea-of-japan"],
    ["jeju-south", "osumi-strait", "shikoku-south", "kii-channel", "osaka-bay"],
    ["east-china-sea", "osumi-strait"],
    ["shikoku-south", "kii-cape", "enshu-nada", "izu-south", "uraga-channel"],
    ["kii-channel", "kii-cape"],
    ["south-china-sea-north", "south-china-sea-south", "singapore-east", "singapore-strait"],
    ["singapore-strait", "malacca-south", "one-fathom-bank", "malacca-north", "sumatra-north", "dondra"],
    ["dondra", "eight-degree-channel", "socotra-north", "gulf-of-aden", "bab-el-mandeb"],
    ["eight-degree-channel", "karachi-offing", "gwadar-offing", "ras-al-hadd", "eight-degree-channel"],
    ["ras-al-hadd", "gulf-of-oman", "strait-of-hormuz"],
    ["ras-al-hadd", "socotra-north"],
    [
      "bab-el-mandeb", "red-sea-south", "red-sea-mid", "strait-of-gubal", "gulf-of-suez", "suez", "port-said",
    ],
    ["port-said", "crete-south", "malta-channel", "sicily-channel", "sardinia-south", "alboran-sea"],
    ["alboran-sea", "gibraltar-east", "gibraltar-strait", "gibraltar-west", "cape-st-vincent"],
    ["cape-st-vincent", "cabo-da-roca", "finisterre", "ushant", "channel-west", "dover-strait"],
    ["dover-strait", "north-sea-south", "maas-approach"],
    ["north-sea-south", "north-sea-frisian", "german-bight", "elbe-mouth", "brunsbuttel"],
    ["north-sea-frisian", "jutland-west", "german-bight"],
    ["brunsbuttel", "kiel-holtenau", "kiel-bay", "fehmarn-belt", "kadet-channel", "baltic-south"],
    [
      "jutland-west", "skagerrak", "skagen", "kattegat", "oresund", "drogden", "oresund-south",
      "baltic-south",
    ],
    ["baltic-south", "baltic-mid", "gotland-east", "gulf-of-finland-entrance", "gulf-of-finland"],
    ["south-china-sea-south", "natuna-west", "gaspar-strait", "java-sea", "sunda-strait", "sunda-south"],
    ["sunda-south", "madagascar-south", "agulhas", "cape-of-good-hope", "namibia-offing"],
    [
      "namibia-offing", "angola-offing", "gabon-offing", "gulf-of-guinea", "liberia-offing",
      "sierra-leone-offing", "cape-verde-offing", "canaries-west", "cape-st-vincent",
    ],
  ]

  /// The waypoints, in order, that pass each strait or canal of `services.csv` `passages`.
  /// A service passes a chain in whichever direction it travels.
  public static let passages: [String: [String]] = [
    "malacca": ["singapore-strait", "malacca-south", "one-fathom-bank", "malacca-north"],
    "sunda": ["java-sea", "sunda-strait", "sunda-south"],
    "babalmandab": ["bab-el-mandeb"],
    "suez": ["strait-of-gubal", "gulf-of-suez", "suez", "port-said"],
    "gibraltar": ["gibraltar-east", "gibraltar-strait", "gibraltar-west"],
    "hormuz": ["strait-of-hormuz"],
    "cape": ["agulhas", "cape-of-good-hope"],
    "danish-straits": ["skagerrak", "skagen", "kattegat", "oresund", "drogden", "oresund-south"],
    "kiel": ["brunsbuttel", "kiel-holtenau"],
  ]

  /// The waypoints a port city (by `cities.csv` id) is reached from. A port not listed is
  /// reached from its nearest waypoint.
  static let portAccess: [String: [String]] = [
    "qingdao": ["qingdao-offing"], "incheon": ["incheon-approach"], "busan": ["korea-strait"],
    "osaka": ["osaka-bay"], "tokyo": ["uraga-channel"], "vladivostok": ["sea-of-japan"],
    "karachi": ["karachi-offing"], "gwadar": ["gwadar-offing"], "bandar-abbas": ["strait-of-hormuz"],
    "rotterdam": ["maas-approach"], "hamburg": ["elbe-mouth", "brunsbuttel"],
    "helsinki": ["gulf-of-finland"],
  ]

  /// The waypoint called `name`, if any.
  public static func waypoint(named name: String) -> Waypoint? {
    lanesGraph.index[name].map { waypoints[$0] }
  }

  /// The waypoints a ship follows between two ports, passing `passages` in order (unknown
  /// passage names are skipped): the shortest way along the lanes from one port's access
  /// waypoints through each passage's chain to the other port's. Empty when the lanes do not
  /// connect them.
  ///
  /// - Complexity: O((p + 1) · w²) for p passages and w waypoints (w ≈ 90).
  public static func route(
    from origin: (city: String, point: GeoPoint), to destination: (city: String, point: GeoPoint),
    passages names: [String] = []
  ) -> [Waypoint] {
    let graph = lanesGraph
    var sources = graph.access(city: origin.city, point: origin.point)
    var path: [Int] = []
    func append(_ nodes: [Int]) {
      for node in nodes where path.last != node { path.append(node) }
    }
    for name in names {
      guard let chain = passages[name]?.compactMap({ graph.index[$0] }), let first = chain.first,
        let last = chain.last
      else { continue }
      let search = graph.shortestPaths(from: sources)
      guard search.distance[first].isFinite || search.distance[last].isFinite else { return [] }
      let oriented = search.distance[first] <= search.distance[last] ? chain : chain.reversed()
      append(search.path(to: oriented[0]))
      append(oriented)
      sources = [(oriented[oriented.count - 1], 0)]
    }
    let search = graph.shortestPaths(from: sources)
    let targets = graph.access(city: destination.city, point: destination.point)
    guard
      let target = targets.min(by: {
        search.distance[$0.node] + $0.cost < search.distance[$1.node] + $1.cost
      }), search.distance[target.node].isFinite
    else { return [] }
    append(search.path(to: target.node))
    return path.map { waypoints[$0] }
  }

  static let lanesGraph = LaneGraph()
}
