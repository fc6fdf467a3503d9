import Foundation

/// Places city names on a map: each name goes to whichever of the places around its city
/// overlaps the fewest names already placed, city dots and lines, preferring the right-hand
/// side. Names are placed in the order given (most important first). Graphviz's own `xlabel`
/// placement avoids nodes and other labels but not edges, which crowd the hubs of this network.
struct LabelPlacer {
  struct Box {
    var min: PlanePoint
    var max: PlanePoint

    init(centre: PlanePoint, width: Double, height: Double) {
      min = PlanePoint(x: centre.x - width / 2, y: centre.y - height / 2)
      max = PlanePoint(x: centre.x + width / 2, y: centre.y + height / 2)
    }

    func overlap(_ other: Box) -> Double {
      let w = Swift.min(max.x, other.max.x) - Swift.max(min.x, other.min.x)
      let h = Swift.min(max.y, other.max.y) - Swift.max(min.y, other.min.y)
      return w > 0 && h > 0 ? w * h : 0
    }
  }

  /// Dots of cities: centre and radius, in points.
  var dots: [(centre: PlanePoint, radius: Double)] = []
  /// Straight stretches of lines, in points.
  var segments: [(PlanePoint, PlanePoint)] = []
  private(set) var placed: [Box] = []

  /// Where to centre a label `width` × `height` points for a dot at `anchor` of `radius`.
  mutating func place(anchor: PlanePoint, radius: Double, width: Double, height: Double) -> PlanePoint {
    let gap = radius + 2
    let diagonal = radius * 0.7 + 1
    // (dx, dy, preference penalty): right, left, the diagonals, above, below; then farther out.
    let near: [(Double, Double, Double)] = [
      (gap + width / 2, 0, 0), (-(gap + width / 2), 0, 6),
      (diagonal + width / 2, diagonal + height / 2, 9), (diagonal + width / 2, -(diagonal + height / 2), 9),
      (-(diagonal + width / 2), diagonal + height / 2, 12),
      (-(diagonal + width / 2), -(diagonal + height / 2), 12),
      (0, gap + height / 2, 14), (0, -(gap + height / 2), 14),
    ]
    let candidates =
      near + near.map { ($0.0 * 1.0 + ($0.0 == 0 ? 0 : ($0.0 > 0 ? 10 : -10)), $0.1 * 1.8, $0.2 + 40) }
    var best = self.best(of: candidates, anchor: anchor, width: width, height: height)
    // Never over another name: farther out, ring by ring, until a place is free.
    var distance = gap + 8
    while overlapsPlaced(best, width: width, height: height), distance < 160 {
      let ring = (0..<16).map { step -> (Double, Double, Double) in
        let angle = Double(step) * .pi / 8
        return ((distance + width / 2) * cos(angle), (distance + height / 2) * sin(angle), 40 + distance)
      }
      let free = ring.filter { candidate in
        !overlapsPlaced(
          PlanePoint(x: anchor.x + candidate.0, y: anchor.y + candidate.1), width: width, height: height)
      }
      if !free.isEmpty { best = self.best(of: free, anchor: anchor, width: width, height: height) }
      distance += 6
    }
    placed.append(Box(centre: best, width: width, height: height))
    return best
  }

  /// Whether a label centred at `centre` would overlap a name already placed.
  private func overlapsPlaced(_ centre: PlanePoint, width: Double, height: Double) -> Bool {
    let box = Box(centre: centre, width: width, height: height)
    return placed.contains { $0.overlap(box) > 0 }
  }

  /// The candidate (offset from `anchor`, preference penalty) that overlaps least.
  private func best(
    of candidates: [(Double, Double, Double)], anchor: PlanePoint, width: Double, height: Double
  ) -> PlanePoint {
    var best = PlanePoint(x: anchor.x + candidates[0].0, y: anchor.y + candidates[0].1)
    var bestScore = Double.infinity
    for (dx, dy, penalty) in candidates {
      let centre = PlanePoint(x: anchor.x + dx, y: anchor.y + dy)
      let box = Box(centre: centre, width: width, height: height)
      var score = penalty
      for other in placed { score += other.overlap(box) * 8 }
      for dot in dots {
        let dotBox = Box(centre: dot.centre, width: dot.radius * 2, height: dot.radius * 2)
        score += dotBox.overlap(box) * 6
      }
      if score >= bestScore { continue }
      for (a, b) in segments where Self.crosses(a, b, box) { score += 25 }
      if score < bestScore {
        bestScore = score
        best = centre
      }
    }
    return best
  }

  private static func crosses(_ a: PlanePoint, _ b: PlanePoint, _ box: Box) -> Bool {
    // Quick rejection, then Liang–Barsky.
    if Swift.max(a.x, b.x) < box.min.x || Swift.min(a.x, b.x) > box.max.x || Swift.max(a.y, b.y) < box.min.y
      || Swift.min(a.y, b.y) > box.max.y
    {
      return false
    }
    return NetworkDrawing.clip(a, b, to: (box.min, box.max)) != nil
  }

  /// Approximate width of `text` in Helvetica at `size` points (per-character classes of the
  /// Helvetica metrics), bold a little wider.
  static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
    var em = 0.0
    for character in text {
      switch character {
      case "i", "j", "l", "I", ".", ",", "'", "|", "!", ":", ";", " ": em += 0.28
      case "f", "t", "r", "(", ")", "-": em += 0.34
      case "m", "w", "M", "W": em += 0.84
      case "0"..."9": em += 0.56
      default: em += character.isUppercase ? 0.68 : 0.54
      }
    }
    return em * size * (bold ? 1.08 : 1)
  }
}
