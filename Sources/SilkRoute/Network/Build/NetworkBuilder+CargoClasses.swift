extension NetworkBuilder {
  /// Each surcharge names exactly one of a mode and a known service, charges something, and cites
  /// its sources; no two rows cover the same scope and class.
  mutating func checkCargoClassSurcharges() {
    var seen: Set<String> = []
    for (index, row) in data.cargoClassSurcharges.enumerated() {
      let scope = row.mode?.rawValue ?? row.service
      let id = "\(scope)/\(row.cargoClass.rawValue)"
      if (row.mode == nil) == row.service.isEmpty {
        issue(.cargoClassSurcharges, index, id, "service", "give exactly one of mode and service")
      }
      if !row.service.isEmpty && serviceIndex[row.service] == nil {
        issue(.cargoClassSurcharges, index, id, "service", "unknown service '\(row.service)'")
      }
      if row.perTEU == nil && row.perFEU == nil && row.percent == nil {
        issue(.cargoClassSurcharges, index, id, "per_teu_usd", "no surcharge given")
      }
      if let percent = row.percent, !(0...1000).contains(percent) {
        issue(.cargoClassSurcharges, index, id, "percent", "\(percent)% is out of range 0-1000")
      }
      if row.cargoClass == .general {
        issue(.cargoClassSurcharges, index, id, "cargo_class", "general cargo pays the tariff itself")
      }
      if !seen.insert(id).inserted {
        issue(.cargoClassSurcharges, index, id, nil, "duplicate surcharge for \(id)")
      }
      checkSources(row.sources, .cargoClassSurcharges, index, id, field: "source")
    }
  }
}
