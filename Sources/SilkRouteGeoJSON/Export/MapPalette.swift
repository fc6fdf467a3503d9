import SilkRoute

/// Colours shared by the Graphviz diagrams and the GeoJSON `stroke` / `marker-color` properties
/// (simplestyle-spec 1.1.0, which geojson.io and others draw), so a map and a diagram read alike.
public enum MapPalette {
  /// `#rrggbb` per mode: sea blue, rail dark red, road orange, air purple.
  public static func colour(of mode: Mode) -> String {
    switch mode {
    case .sea: "#1f6fb4"
    case .rail: "#b3202a"
    case .road: "#e08214"
    case .air: "#7b4fa0"
    }
  }

  /// `#rrggbb` per customs territory id (`customs_territories.csv`), grey for any other.
  public static func colour(ofTerritory id: String) -> String {
    switch id {
    case "cn": "#f6a5a0"
    case "eaeu": "#a9c8e8"
    case "eu": "#fde07a"
    case "uz": "#a6dba0"
    case "tj": "#c9b3db"
    case "tm": "#d9b99b"
    case "mn": "#f5b8d8"
    case "vn": "#d8d88c"
    case "la": "#9fdce6"
    case "kr": "#b9e3b2"
    case "jp": "#ffc98f"
    case "pk": "#8fcf9c"
    case "ir": "#d3c0e0"
    default: "#d9d9d9"
    }
  }
}
