extension NetworkBuilder {
  /// Checks the document regimes and each service's document, gives every service its document
  /// context, and lists what each operator contracts.
  mutating func indexDocuments() {
    checkDocumentRegimes()
    checkServiceDocuments()
    assignDocumentContexts()
    let operatorIndex = indexOperators()
    indexOperatorCoverage(operatorIndex)
  }

  mutating func checkDocumentRegimes() {
    var regimes = Set<DocumentRegime>()
    for (index, record) in data.documentRegimes.enumerated() {
      if !regimes.insert(record.regime).inserted {
        issue(
          .documentRegimes, index, record.regime.rawValue, "id",
          "duplicate regime '\(record.regime.rawValue)'")
      }
      if record.newDocumentCost < .zero || record.newDocumentTime < .zero {
        issue(.documentRegimes, index, record.regime.rawValue, "new_document_usd", "negative amount")
      }
      checkSources(record.sources, .documentRegimes, index, record.regime.rawValue, field: "source")
    }
    if !data.documentRegimes.isEmpty {
      for (index, service) in data.services.enumerated() where !regimes.contains(service.document) {
        issue(
          .services, index, service.id, "document",
          "regime '\(service.document.rawValue)' is not in document_regimes")
      }
    }
  }

  /// Each service's document must belong to its mode (an ocean B/L to sea, CMR to road, …).
  mutating func checkServiceDocuments() {
    for (index, service) in data.services.enumerated() {
      let fits: Bool =
        switch service.document {
        case .oceanBL: service.mode == .sea
        case .cim, .smgs, .cimSMGS: service.mode == .rail
        case .cmr, .cmrTIR: service.mode == .road
        case .awb: service.mode == .air
        }
      if !fits {
        issue(
          .services, index, service.id, "document",
          "a \(service.mode.rawValue) service cannot travel under \(service.document.rawValue)")
      }
    }
  }

  /// Document contexts: one per (mode, carrier) outside rail; rail services get
  /// `DocumentContext.railService` (their context follows their regime).
  mutating func assignDocumentContexts() {
    var contextOf: [String: Int32] = [:]
    for service in data.services {
      guard service.mode != .rail else {
        serviceContext.append(DocumentContext.railService)
        continue
      }
      let key = "\(service.mode.rawValue)/\(service.carrier)"
      if let context = contextOf[key] {
        serviceContext.append(context)
      } else {
        contextOf[key] = contextCount
        serviceContext.append(contextCount)
        contextCount += 1
      }
    }
  }

  /// Checks the operators and returns each id's position. A duplicate id is reported, as in every
  /// other table, and the first of each is kept. (This replaced an `if` with an empty body that
  /// claimed duplicates had been reported: they were not, since the set of ids seen was
  /// re-created for each row.)
  mutating func indexOperators() -> [String: Int] {
    var seen: [String: CityID] = [:]  // any DenseIndex works for duplicate detection
    let countries = Set(data.countries.map(\.code))
    for (index, record) in data.operators.enumerated() {
      report(Self.register(record.id, at: index, in: &seen), .operators, index, record.id)
      for place in record.places where !countries.contains(place) {
        issue(.operators, index, record.id, "places", "unknown country '\(place)'")
      }
      if record.places.isEmpty {
        issue(.operators, index, record.id, "places", "no place of receipt or delivery")
      }
      if record.fee < .zero { issue(.operators, index, record.id, "fee_usd", "negative amount") }
      checkSources(record.sources, .operators, index, record.id, field: "source")
    }
    return seen.mapValues(\.index)
  }

  /// Fills `operatorServices` from `operator_coverage`: a row names a carrier (all its services)
  /// or one service.
  mutating func indexOperatorCoverage(_ operatorIndex: [String: Int]) {
    operatorServices = Array(repeating: [], count: data.operators.count)
    var servicesOfCarrier: [String: [Int32]] = [:]
    for (index, service) in data.services.enumerated() {
      servicesOfCarrier[service.carrier, default: []].append(Int32(index))
    }
    for (index, coverage) in data.operatorCoverage.enumerated() {
      let id = "\(coverage.operatorID)/\(coverage.carrier)\(coverage.service)"
      guard let owner = operatorIndex[coverage.operatorID] else {
        issue(.operatorCoverage, index, id, "operator", "unknown operator '\(coverage.operatorID)'")
        continue
      }
      checkSources(coverage.sources, .operatorCoverage, index, id, field: "source")
      switch (coverage.carrier.isEmpty, coverage.service.isEmpty) {
      case (false, true):
        if carrierIndex[coverage.carrier] == nil {
          issue(.operatorCoverage, index, id, "carrier", "unknown carrier '\(coverage.carrier)'")
        }
        operatorServices[owner].formUnion(servicesOfCarrier[coverage.carrier] ?? [])
      case (true, false):
        if let service = serviceIndex[coverage.service] {
          operatorServices[owner].insert(service.rawValue)
        } else {
          issue(.operatorCoverage, index, id, "service", "unknown service '\(coverage.service)'")
        }
      default:
        issue(.operatorCoverage, index, id, "carrier", "give exactly one of carrier or service")
      }
    }
  }
}
