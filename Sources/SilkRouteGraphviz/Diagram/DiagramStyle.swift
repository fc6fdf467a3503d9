import SilkRoute
import SilkRouteGeoJSON

/// Colours, widths and fonts of the diagrams.
enum DiagramStyle {
  static let font = "Helvetica"
  static let boldFont = "Helvetica-Bold"
  static let ink = "#222222"
  static let muted = "#8a8a8a"
  static let graticule = "#e6e6e6"
  static let graticuleText = "#b0b0b0"
  static let faded = "#d0d0d0"
  static let crossing = "#111111"
  /// Translucent white behind route labels.
  static let labelBackground = "#ffffffd9"

  static func colour(_ mode: Mode) -> String { MapPalette.colour(of: mode) }

  static func width(_ mode: Mode) -> Double {
    switch mode {
    case .sea: 1.8
    case .rail: 2.2
    case .road: 1.6
    case .air: 0.9
    }
  }

  /// `#rrggbbaa` of `colour` at `alpha` (0…1).
  static func translucent(_ colour: String, _ alpha: Double) -> String {
    colour + String(format: "%02x", Int((max(0, min(1, alpha)) * 255).rounded()))
  }

  /// Light colours that group the legs of one transport document, in order.
  static let documentColours = ["#ffd54a", "#7fd6c2", "#f4a3c4", "#a8c6ff", "#c5e384", "#ffb37a"]

  /// `1,531` or `57,839.50`: US dollars for labels (cents only when there are some).
  static func dollars(_ cents: Cents) -> String {
    let whole = cents.rawValue / 100
    let fraction = abs(cents.rawValue % 100)
    var digits = String(abs(whole))
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    let sign = cents.rawValue < 0 ? "-" : ""
    return sign + digits + grouped + (fraction == 0 ? "" : String(format: ".%02d", Int(fraction)))
  }

  /// `22d 2h`, `4h 15m`.
  static func duration(_ minutes: Minutes) -> String {
    let value = minutes.rawValue
    var parts: [String] = []
    if value / 1440 > 0 { parts.append("\(value / 1440)d") }
    if value % 1440 / 60 > 0 { parts.append("\(value % 1440 / 60)h") }
    if value % 60 > 0 || parts.isEmpty { parts.append("\(value % 60)m") }
    return parts.joined(separator: " ")
  }

  /// `4.2 t` or `850 kg` of CO2e.
  static func co2(_ grams: Grams) -> String {
    let kilograms = Double(grams.rawValue) / 1000
    return kilograms >= 1000
      ? String(format: "%.1f t", kilograms / 1000) : String(format: "%.0f kg", kilograms)
  }
}
