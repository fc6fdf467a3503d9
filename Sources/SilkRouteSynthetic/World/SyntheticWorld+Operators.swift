import SilkRoute

extension SyntheticWorld {
  /// The seven document regimes, with the liability limits and new-document prices of
  /// `Data/document_regimes.csv`.
  mutating func makeDocumentRegimes() {
    let rows: [(DocumentRegime, String, String, Bool, Int64?, Int64?, Int64, Minutes)] = [
      (.oceanBL, "Ocean bill of lading", "Hague-Visby Rules", false, 200, 66_667, 14_000, .days(1)),
      (.cim, "CIM consignment note", "COTIF 1999, Appendix B (CIM)", false, 1_700, nil, 4_696, Minutes(40)),
      (.smgs, "SMGS consignment note", "OSJD SMGS (2015 wording)", true, nil, nil, 4_696, Minutes(40)),
      (
        .cimSMGS, "Common CIM/SMGS consignment note", "CIM and SMGS (CIT/OSJD common note)", true, 1_700, nil,
        4_696, Minutes(40)
      ),
      (.cmr, "CMR consignment note", "CMR Convention", false, 833, nil, 11_000, .hours(4)),
      (
        .cmrTIR, "CMR consignment note with TIR carnet", "CMR and TIR Conventions", true, 833, nil, 15_000,
        .hours(6)
      ),
      (.awb, "Air waybill", "Montreal Convention 1999", false, 2_600, nil, 12_500, .hours(4)),
    ]
    for (regime, name, convention, transit, perKilogram, perPackage, cost, time) in rows {
      data.documentRegimes.append(
        DocumentRegimeRecord(
          regime: regime, name: name, convention: convention, isTransitDocument: transit,
          liabilityPerKilogram: perKilogram.map { SDR(rawValue: $0) },
          liabilityPerPackage: perPackage.map { SDR(rawValue: $0) }, newDocumentCost: Cents(cost),
          newDocumentTime: time, sources: sources))
    }
  }

  /// About one multimodal transport operator per four countries (3...40): each contracts the
  /// national railway and two truckers of its home country and its two nearest neighbours, one
  /// shipping line and one airline, and takes goods in charge in those three countries.
  mutating func makeOperators() {
    makeDocumentRegimes()
    let count = min(40, max(3, countries.count / 4))
    for index in 0..<count {
      let home = index * countries.count / count
      let neighbours = countries.indices.filter { $0 != home }.sorted {
        let a = countries[$0].center.kilometres(to: countries[home].center)
        let b = countries[$1].center.kilometres(to: countries[home].center)
        return a != b ? a < b : $0 < $1
      }
      let served = ([home] + neighbours.prefix(2)).sorted()
      var carriers: [Int] = []
      var regimes = Set<DocumentRegime>([.cmr, .cmrTIR, .oceanBL, .awb])
      for country in served {
        carriers.append(firstCarrier(.rail, country: country))
        carriers.append(firstCarrier(.road, country: country))
        carriers.append(firstCarrier(.road, country: country) + 1)
        regimes.insert(countries[country].railLaw)
      }
      carriers.append(firstCarrier(.sea, country: 0) + index % Self.seaLines)
      carriers.append(firstCarrier(.air, country: 0) + index % Self.airlines)
      if regimes.contains(.cim) && regimes.contains(.smgs) { regimes.insert(.cimSMGS) }
      let id = "mto-\(index + 1)"
      let homeCountry = countries[home]
      data.operators.append(
        OperatorRecord(
          id: id, name: "\(homeCountry.name) Multimodal \(index + 1)", country: homeCountry.code,
          places: served.map { countries[$0].code }, absorbsRegimeBreaks: index % 3 == 0,
          liabilityPerKilogram: SDR(rawValue: 833), fee: Cents(Int64(4_000 + 1_000 * regimes.count)),
          illustrative: true, sources: sources, note: "Synthetic operator"))
      for carrier in carriers.sorted() {
        data.operatorCoverage.append(
          OperatorCoverageRecord(operatorID: id, carrier: data.carriers[carrier].id, sources: sources))
      }
      progress(.operators, Double(index + 1) / Double(count))
    }
  }
}
