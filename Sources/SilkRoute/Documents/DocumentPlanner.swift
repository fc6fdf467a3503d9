/// Works out a route's `DocumentPlan`: the documents it travels under and, for a segmented route,
/// the first rule that stops one through B/L, in one sentence.
///
/// Rules for one through multimodal B/L: the route uses two modes or several carriers; one
/// operator contracts every leg and takes goods in charge at the origin and delivers at the
/// destination; every CIM ↔ SMGS break is covered by a CIM/SMGS note or absorbed by the operator.
/// (Cargo classes are checked per leg by the search itself.)
struct DocumentPlanner {
  let network: TransportNetwork

  func legLabel(_ number: Int, _ leg: Leg) -> String {
    "leg \(number) (\(leg.mode.rawValue) \(leg.carrierName) \(leg.from.city.name)–\(leg.to.city.name))"
  }

  /// - Parameter services: the index of each leg's service, when the caller knows them (else
  ///   looked up by id; a leg whose service the network does not know has none).
  func plan(for itinerary: Itinerary, operatorIndex: Int?, services: [Int]? = nil) -> DocumentPlan {
    let legs = itinerary.legs
    let serviceIndices: [ServiceID?] =
      services.map { $0.map { ServiceID($0) } } ?? legs.map { network.serviceID($0.service) }
    let segments = segmentedDocuments(legs, serviceIndices)
    let liability = exposure(itinerary, legs)
    if let operatorIndex {
      let record = network.records.operators[operatorIndex]
      let through = TransportDocument(
        type: "multimodal-bl", issuer: record.name, from: itinerary.origin, to: itinerary.destination,
        legs: Array(1...max(legs.count, 1)), underlying: segments)
      return DocumentPlan(
        kind: .throughBillOfLading, issuer: record.name, documents: [through], reason: nil,
        throughBillOfLadingAvailableFrom: nil, liability: liability)
    }
    if segments.count == 1 {
      return DocumentPlan(
        kind: .singleCarrierDocument, issuer: segments[0].issuer, documents: segments, reason: nil,
        throughBillOfLadingAvailableFrom: nil, liability: liability)
    }
    let (reason, available) = obstacle(itinerary, legs, serviceIndices)
    return DocumentPlan(
      kind: .segmented, issuer: nil, documents: segments, reason: reason,
      throughBillOfLadingAvailableFrom: available, liability: liability)
  }

  /// Runs of legs under one document, by the rules the searches price.
  func segmentedDocuments(_ legs: [Leg], _ services: [ServiceID?]) -> [TransportDocument] {
    var documents: [TransportDocument] = []
    var context = DocumentContext.none
    for (offset, leg) in legs.enumerated() {
      guard let service = services[offset] else { continue }
      let step = DocumentContext.step(from: context, service: service.index, in: network)
      context = step.next
      if step.startsDocument || documents.isEmpty {
        let issuer =
          leg.document.railSides != nil
          ? "railways under \(leg.document.displayName) (first carrier \(leg.carrierName))"
          : leg.carrierName
        documents.append(
          TransportDocument(
            type: leg.document.rawValue, issuer: issuer, from: leg.from.city, to: leg.to.city,
            legs: [offset + 1],
            underlying: nil))
      } else {
        documents[documents.count - 1].legs.append(offset + 1)
        documents[documents.count - 1].to = leg.to.city
      }
    }
    return documents
  }

  /// The first rule that stops one through B/L, and an operator that could issue one anyway.
  func obstacle(_ itinerary: Itinerary, _ legs: [Leg], _ services: [ServiceID?]) -> (String, String?) {
    let origin = itinerary.origin.country
    let destination = itinerary.destination.country
    let operators = network.records.operators
    guard !operators.isEmpty else { return ("the network has no multimodal transport operators", nil) }
    func covers(_ index: Int, _ leg: Int) -> Bool {
      services[leg].map { network.operatorContracts(index, service: $0.index) } ?? false
    }
    func breaksAbsorbed(_ index: Int) -> Bool {
      if operators[index].absorbsRegimeBreaks { return true }
      var context = DocumentContext.none
      for service in services.compactMap({ $0 }) {
        let step = DocumentContext.step(from: context, service: service.index, in: network)
        if step.breaksRailRegime { return false }
        context = step.next
      }
      return true
    }
    let full = operators.indices.filter { index in legs.indices.allSatisfy { covers(index, $0) } }
    if let index = full.first(where: {
      operators[$0].places.contains(origin) && operators[$0].places.contains(destination)
        && breaksAbsorbed($0)
    }) {
      return (
        "booked leg by leg; \(operators[index].name) could issue one through B/L for it",
        operators[index].name
      )
    }
    if let index = full.first {
      let record = operators[index]
      if !record.places.contains(origin) {
        return (
          "\(record.name), the only operator contracting every leg, does not take goods in charge in \(origin)",
          nil
        )
      }
      if !record.places.contains(destination) {
        return (
          "\(record.name), the only operator contracting every leg, does not deliver in \(destination)", nil
        )
      }
      let breakLeg = firstRegimeBreak(services).map { legLabel($0 + 1, legs[$0]) } ?? "a rail leg"
      return (
        "the CIM ↔ SMGS break before \(breakLeg) is neither on a CIM/SMGS note nor absorbed by \(record.name)",
        nil
      )
    }
    guard let first = legs.first else { return ("the route has no legs", nil) }
    let coveringFirst = operators.indices.filter { covers($0, 0) }
    if coveringFirst.isEmpty {
      return ("\(legLabel(1, first)) is not contracted by any multimodal transport operator", nil)
    }
    // The leg where the operators that cover leg 1 stop.
    let reach = coveringFirst.map { index in legs.indices.first { !covers(index, $0) } ?? legs.count }
    let stop = reach.max() ?? 0
    return ("\(legLabel(stop + 1, legs[stop])) is not contracted by any operator that covers leg 1", nil)
  }

  func firstRegimeBreak(_ services: [ServiceID?]) -> Int? {
    var context = DocumentContext.none
    for (offset, service) in services.enumerated() {
      guard let service else { continue }
      let step = DocumentContext.step(from: context, service: service.index, in: network)
      if step.breaksRailRegime { return offset }
      context = step.next
    }
    return nil
  }

  /// Per leg: the limit of its regime for the consignment's weight, against the declared value.
  func exposure(_ itinerary: Itinerary, _ legs: [Leg]) -> LiabilityExposure? {
    // A handful of regimes: a linear search beats building a dictionary per itinerary.
    let regimes = network.records.documentRegimes
    let kilograms = itinerary.cargo.payloadKilograms
    let value = itinerary.cargo.declaredValue
    // US dollars per SDR from the dataset's edition (dated and sourced); none: limits in SDR only.
    let rate = network.records.edition?.usdPerSDR
    var limits: [LiabilityExposure.LegLimit] = []
    for (offset, leg) in legs.enumerated() {
      guard let record = regimes.first(where: { $0.regime == leg.document }) else { continue }
      let limit = record.liabilityPerKilogram.map { SDR(rawValue: $0.rawValue * kilograms) }
      let cents = limit.flatMap { limit in rate.map { Cents((limit.rawValue * $0 + 5_000) / 10_000) } }
      // No per-kg cap (SMGS compensates the value of the goods): nothing is left uncovered. A
      // capped limit without a rate to convert it leaves the gap unknown.
      let uncovered: Cents? = value.flatMap { value in
        limit == nil ? .zero : cents.map { value > $0 ? value - $0 : .zero }
      }
      limits.append(
        .init(
          leg: offset + 1, regime: leg.document, convention: record.convention, limitSDR: limit,
          limitCents: cents,
          uncoveredCents: uncovered))
    }
    guard !limits.isEmpty else { return nil }
    return LiabilityExposure(
      declaredValueCents: value, usdPerSDR: rate.map(FactorText.text),
      sdrRateDate: network.records.edition?.sdrDate,
      legs: limits,
      uninsuredGapCents: value.flatMap { _ in
        limits.contains { $0.uncoveredCents == nil }
          ? nil : limits.compactMap(\.uncoveredCents).max() ?? .zero
      })
  }
}
