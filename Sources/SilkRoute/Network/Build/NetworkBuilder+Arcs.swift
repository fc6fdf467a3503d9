extension NetworkBuilder {
  mutating func checkTariff(
    _ tariff: Tariff, _ table: NetworkIssue.Table, _ index: Int, _ id: String
  ) {
    if tariff.isEmpty {
      issue(table, index, id, "per_feu_usd", "no rate: give per_teu_usd, per_feu_usd or per_kg_usd")
    }
    let rates: [(String, Cents?)] = [
      ("per_teu_usd", tariff.perTEU), ("per_feu_usd", tariff.perFEU),
      ("per_kg_usd", tariff.perKilogram), ("min_charge_usd", tariff.minimumCharge),
    ]
    for (field, rate) in rates {
      if let rate, rate < .zero { issue(table, index, id, field, "negative amount") }
    }
  }

  mutating func addServiceArcs() {
    for (index, service) in data.services.enumerated() {
      report(Self.register(service.id, at: index, in: &serviceIndex), .services, index, service.id)
      if carrierIndex[service.carrier] == nil {
        issue(.services, index, service.id, "carrier", "unknown carrier '\(service.carrier)'")
      }
      let from = endpoint(service.from, mode: service.mode, index, service.id, field: "from")
      let to = endpoint(service.to, mode: service.mode, index, service.id, field: "to")
      if service.transit <= .zero {
        issue(.services, index, service.id, "transit", "transit time must be positive")
      }
      if service.distance <= .zero {
        issue(.services, index, service.id, "distance_km", "distance must be positive")
      }
      if service.co2Intensity < .zero {
        issue(.services, index, service.id, "co2_g_per_tkm", "negative intensity")
      }
      if service.cargoClasses.isEmpty {
        issue(.services, index, service.id, "cargo_classes", "no cargo class accepted")
      }
      if !service.passages.isEmpty && service.mode != .sea {
        issue(.services, index, service.id, "passages", "only sea services pass straits")
      }
      checkTariff(service.tariff, .services, index, service.id)
      checkSources(service.distanceSources, .services, index, service.id, field: "distance_source")
      checkSources(service.timeSources, .services, index, service.id, field: "time_source")
      checkSources(service.tariffSources, .services, index, service.id, field: "tariff_source")
      checkSources(service.co2Sources, .services, index, service.id, field: "co2_source")
      guard let from, let to else { continue }
      if from == to {
        issue(.services, index, service.id, "to", "a service cannot start and end at one terminal")
        continue
      }
      if service.mode == .rail, let a = data.terminals[from.index].gauge,
        let b = data.terminals[to.index].gauge, !a.isInteroperable(with: b)
      {
        issue(
          .services, index, service.id, "to",
          "rail service joins \(a) and \(b) without a gauge change; add a gauge-change transfer")
      }
      let overLand = service.mode == .rail || service.mode == .road
      for (tail, head) in service.bidirectional ? [(from, to), (to, from)] : [(from, to)] {
        let crossing = crossing(from: tail, to: head, overLand: overLand, .services, index, service.id)
        arcs.append(
          PendingArc(
            tail: tail, head: head, service: ServiceID(index), transfer: nil, crossing: crossing,
            reversed: tail == to && head == from))
      }
    }
  }

  mutating func endpoint(
    _ id: String, mode: Mode?, _ index: Int, _ recordID: String, field: String,
    table: NetworkIssue.Table = .services
  ) -> TerminalID? {
    guard let terminal = terminalIndex[id] else {
      issue(table, index, recordID, field, "unknown terminal '\(id)'")
      return nil
    }
    if let mode, data.terminals[terminal.index].mode != mode {
      issue(
        table, index, recordID, field,
        "terminal '\(id)' is a \(data.terminals[terminal.index].mode.rawValue) terminal, not \(mode.rawValue)"
      )
    }
    return terminal
  }

  mutating func addTransferArcs() {
    var seen: [String: TransferID] = [:]
    for (index, transfer) in data.transfers.enumerated() {
      report(Self.register(transfer.id, at: index, in: &seen), .transfers, index, transfer.id)
      let from = endpoint(transfer.from, mode: nil, index, transfer.id, field: "from", table: .transfers)
      let to = endpoint(transfer.to, mode: nil, index, transfer.id, field: "to", table: .transfers)
      if transfer.time <= .zero {
        issue(.transfers, index, transfer.id, "time", "handling time must be positive")
      }
      checkTariff(transfer.tariff, .transfers, index, transfer.id)
      checkSources(transfer.timeSources, .transfers, index, transfer.id, field: "time_source")
      checkSources(transfer.costSources, .transfers, index, transfer.id, field: "cost_source")
      guard let from, let to else { continue }
      let a = data.terminals[from.index]
      let b = data.terminals[to.index]
      switch transfer.kind {
      case .modeChange where a.mode == b.mode:
        issue(.transfers, index, transfer.id, "to", "a mode change needs terminals of two modes")
      case .gaugeChange:
        if let ga = a.gauge, let gb = b.gauge {
          if ga.isInteroperable(with: gb) {
            issue(.transfers, index, transfer.id, "to", "both terminals have gauge \(ga)")
          }
        } else {
          issue(.transfers, index, transfer.id, "to", "a gauge change joins two rail terminals")
        }
      case .transshipment where a.mode != b.mode:
        issue(.transfers, index, transfer.id, "to", "a transshipment stays in one mode")
      default: break
      }
      if from == to {
        issue(.transfers, index, transfer.id, "to", "a transfer cannot start and end at one terminal")
        continue
      }
      if transfer.kind != .gaugeChange && terminalCity[from.index] != terminalCity[to.index] {
        issue(
          .transfers, index, transfer.id, "to",
          "only a gauge change may join terminals of two cities (the paired border stations)")
      }
      for (tail, head) in transfer.bidirectional ? [(from, to), (to, from)] : [(from, to)] {
        let crossing = crossing(from: tail, to: head, overLand: true, .transfers, index, transfer.id)
        arcs.append(
          PendingArc(
            tail: tail, head: head, service: nil, transfer: TransferID(index), crossing: crossing))
      }
    }
  }
}
