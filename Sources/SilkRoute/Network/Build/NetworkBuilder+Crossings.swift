extension NetworkBuilder {
  /// The customs crossing an arc between `tail` and `head` makes (an index into `crossings`), or
  /// nil when it stays in one territory; reports a land arc that changes territory without a
  /// declared border crossing.
  mutating func crossing(
    from tail: TerminalID, to head: TerminalID, overLand: Bool, _ table: NetworkIssue.Table,
    _ index: Int, _ id: String
  ) -> Int32? {
    guard let fromCity = terminalCity[tail.index], let toCity = terminalCity[head.index],
      let fromTerritory = cityTerritory[fromCity.index], let toTerritory = cityTerritory[toCity.index],
      fromTerritory != toTerritory
    else { return nil }
    var key = CrossingKey(land: nil, from: fromTerritory, to: toTerritory)
    let crossing: CustomsCrossing
    let destination = data.customsTerritories[toTerritory.index]
    if overLand {
      guard let land = crossingByCityPair[CityPair(fromCity, toCity)] else {
        let fromName = data.cities[fromCity.index].id
        let toName = data.cities[toCity.index].id
        issue(
          table, index, id, "to",
          "crosses from \(data.customsTerritories[fromTerritory.index].id) to \(destination.id) "
            + "over land between '\(fromName)' and '\(toName)' but border_crossings has no such crossing"
        )
        return nil
      }
      key.land = land
      let record = data.borderCrossings[land.index]
      crossing = CustomsCrossing(
        kind: .land(land), name: record.name, fromTerritory: fromTerritory,
        toTerritory: toTerritory, clearance: record.clearance, cost: record.clearanceCost,
        transitClearance: destination.transitClearance.map { min($0, record.clearance) },
        transitCost: destination.transitClearanceCost.map { min($0, record.clearanceCost) })
    } else {
      crossing = CustomsCrossing(
        kind: .entry, name: "\(destination.id.uppercased()) customs entry", fromTerritory: fromTerritory,
        toTerritory: toTerritory, clearance: destination.entryClearance,
        cost: destination.entryClearanceCost, transitClearance: destination.transitClearance,
        transitCost: destination.transitClearanceCost)
    }
    if let existing = crossingIndex[key] { return existing }
    let position = Int32(crossings.count)
    crossings.append(crossing)
    crossingIndex[key] = position
    return position
  }
}
