extension NetworkBuilder {
  /// Each emission factor row has the figures of its kind, TTW at most WTW, sources, and no twin;
  /// when the table has any transport row, every service's mode and `co2_g_per_tkm` has one.
  mutating func checkEmissionFactors() {
    let rows = data.emissionFactors
    var seen: Set<String> = []
    var ids: Set<String> = []
    for (index, row) in rows.enumerated() {
      let id = row.id
      if !ids.insert(id).inserted { issue(.emissionFactors, index, id, "id", "duplicate id") }
      switch row.kind {
      case .transport:
        guard let wtw = row.wtwIntensity else {
          issue(.emissionFactors, index, id, "co2_g_per_tkm", "a transport row needs its WTW intensity")
          continue
        }
        if row.energy.isEmpty { issue(.emissionFactors, index, id, "energy", "no energy carrier given") }
        if let ttw = row.ttwIntensity {
          if ttw < .zero || ttw > wtw {
            issue(
              .emissionFactors, index, id, "ttw_g_per_tkm",
              "TTW \(ttw.rawValue) is outside 0...WTW \(wtw.rawValue)")
          }
        } else {
          issue(.emissionFactors, index, id, "ttw_g_per_tkm", "a transport row needs its TTW intensity")
        }
        if row.hubWTW != nil || row.hubTTW != nil {
          issue(.emissionFactors, index, id, "hub_wtw_g_per_t", "a transport row has no hub factor")
        }
      case .hub:
        if row.wtwIntensity != nil || row.ttwIntensity != nil {
          issue(.emissionFactors, index, id, "co2_g_per_tkm", "a hub row has no per-tkm intensity")
        }
        if let wtw = row.hubWTW, let ttw = row.hubTTW {
          if wtw < .zero { issue(.emissionFactors, index, id, "hub_wtw_g_per_t", "negative intensity") }
          if ttw < .zero || ttw > wtw {
            issue(
              .emissionFactors, index, id, "hub_ttw_g_per_t",
              "TTW \(ttw.rawValue) is outside 0...WTW \(wtw.rawValue)")
          }
        } else {
          issue(.emissionFactors, index, id, "hub_wtw_g_per_t", "a hub row needs its WTW and TTW per tonne")
        }
      }
      if !seen.insert(row.key).inserted {
        issue(.emissionFactors, index, id, nil, "a second row for \(row.key)")
      }
      checkSources(row.sources, .emissionFactors, index, id, field: "source")
    }
    guard rows.contains(where: { $0.kind == .transport }) else { return }
    let factors = EmissionFactors(rows)
    for (index, service) in data.services.enumerated()
    where factors.transport(service.mode, service.co2Intensity) == nil {
      issue(
        .services, index, service.id, "co2_g_per_tkm",
        "no emission_factors.csv transport row for \(service.mode.rawValue) at \(service.co2Intensity.rawValue) g/tkm"
      )
    }
  }
}
