extension NetworkBuilder {
  /// Compiles the timetables and attaches each to its service direction (by dense index: no
  /// string keys, so a million timetables attach in one pass).
  mutating func attachTimetables() {
    // Per service direction (2 × service + 1 for reverse): its timetable, if it has one.
    var byArc = [Int32?](repeating: nil, count: 2 * data.services.count)
    var seen = [Bool](repeating: false, count: byArc.count)
    for (index, record) in data.timetables.enumerated() {
      var id: String { "\(record.service)/\(record.direction.rawValue)" }
      var slot: Int?
      if let service = serviceIndex[record.service] {
        if record.direction == .reverse && !data.services[service.index].bidirectional {
          issue(.timetables, index, id, "direction", "service '\(record.service)' runs one way only")
        }
        let direction = 2 * service.index + (record.direction == .reverse ? 1 : 0)
        if seen[direction] { issue(.timetables, index, id, "direction", "a second timetable for \(id)") }
        seen[direction] = true
        slot = direction
      } else {
        issue(.timetables, index, id, "service", "unknown service '\(record.service)'")
      }
      if record.sources.isEmpty || !record.sources.allSatisfy(sourceIDs.contains) {
        checkSources(record.sources, .timetables, index, id, field: "source")
      }
      switch record.compiled() {
      case .success(let timetable):
        if let slot { byArc[slot] = Int32(timetables.count) }
        timetables.append(timetable)
      case .failure(let error):
        issue(.timetables, index, id, record.headway == nil ? "departures" : "headway", error.message)
        timetables.append(Timetable(pattern: .headway(Minutes(1))))
      }
    }
    for position in arcs.indices {
      guard let service = arcs[position].service else { continue }
      let slot = 2 * service.index + (arcs[position].reversed ? 1 : 0)
      arcs[position].timetable = byArc[slot]
    }
  }
}
