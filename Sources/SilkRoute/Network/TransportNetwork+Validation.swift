extension TransportNetwork {
  /// Cities that cannot be reached from `hub` by any arc (mode and cargo aside).
  ///
  /// - Complexity: O(n + m).
  public func citiesUnreachable(from hub: CityID) -> [CityID] {
    var reached = [Bool](repeating: false, count: terminalCount)
    var stack = Array(cityTerminals[hub.index])
    for terminal in stack { reached[terminal.index] = true }
    while let terminal = stack.popLast() {
      for arc in arcs(from: terminal) where !reached[arcHead[arc].index] {
        reached[arcHead[arc].index] = true
        stack.append(arcHead[arc])
      }
    }
    return (0..<cityCount).map(CityID.init).filter { city in
      !cityTerminals[city.index].contains { reached[$0.index] }
    }
  }

  /// Invariants beyond the references `init` checks: every city has a terminal and is reachable
  /// from the hub (the first city of the data), every source is cited.
  public func validate() -> [NetworkIssue] {
    var issues: [NetworkIssue] = []
    for (index, city) in data.cities.enumerated() where cityTerminals[index].isEmpty {
      issues.append(
        NetworkIssue(
          table: .cities, recordIndex: index, recordID: city.id, field: nil,
          message: "has no terminal"))
    }
    if cityCount > 0 {
      let hub = data.cities[0]
      for city in citiesUnreachable(from: CityID(0)) where !cityTerminals[city.index].isEmpty {
        issues.append(
          NetworkIssue(
            table: .cities, recordIndex: city.index, recordID: data.cities[city.index].id,
            field: nil, message: "unreachable from the hub '\(hub.id)'"))
      }
    }
    return issues
  }
}
