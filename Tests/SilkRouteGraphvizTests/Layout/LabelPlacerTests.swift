import Testing

@testable import SilkRouteGraphviz

struct LabelPlacerTests {
  @Test func prefersTheRightAndAvoidsWhatIsAlreadyThere() {
    var placer = LabelPlacer()
    let first = placer.place(anchor: PlanePoint(x: 0, y: 0), radius: 4, width: 40, height: 12)
    #expect(first.x > 20 && first.y == 0)
    // A second dot just right of the first: its name cannot go over the first name.
    placer.dots = [(PlanePoint(x: 0, y: 0), 4), (PlanePoint(x: 30, y: 0), 4)]
    let second = placer.place(anchor: PlanePoint(x: 30, y: 0), radius: 4, width: 40, height: 12)
    let boxes = placer.placed
    #expect(boxes.count == 2 && boxes[0].overlap(boxes[1]) == 0, "\(first) \(second)")
  }

  @Test func avoidsLinesWhenItCan() {
    // A line leaving the dot to the right: the name goes elsewhere.
    var placer = LabelPlacer(segments: [(PlanePoint(x: 0, y: 0), PlanePoint(x: 200, y: 0))])
    let centre = placer.place(anchor: PlanePoint(x: 0, y: 0), radius: 4, width: 40, height: 12)
    #expect(!(centre.x > 0 && centre.y == 0))
  }

  @Test func textWidthGrowsWithTheText() {
    #expect(LabelPlacer.textWidth("Ulaanbaatar", size: 10) > LabelPlacer.textWidth("Ulan", size: 10))
    #expect(LabelPlacer.textWidth("Minsk", size: 10, bold: true) > LabelPlacer.textWidth("Minsk", size: 10))
  }
}
