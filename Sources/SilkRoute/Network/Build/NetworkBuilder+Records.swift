extension NetworkBuilder {
  // MARK: Ids and sources

  /// Registers `id` in `index`; returns what is wrong with it (malformed, duplicate).
  static func register<ID: DenseIndex>(
    _ id: String, at position: Int, in index: inout [String: ID]
  ) -> [String] {
    var problems: [String] = []
    if id.isEmpty || !id.unicodeScalars.allSatisfy(Self.isIDCharacter) {
      problems.append("'\(id)' is not an id: use lower-case a-z, 0-9 and '-'")
    }
    if index[id] != nil {
      problems.append("duplicate id '\(id)'")
    } else {
      index[id] = ID(position)
    }
    return problems
  }

  mutating func report(
    _ problems: [String], _ table: NetworkIssue.Table, _ position: Int, _ id: String
  ) {
    for problem in problems { issue(table, position, id, "id", problem) }
  }

  static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
  }

  mutating func checkSources(
    _ ids: [String], _ table: NetworkIssue.Table, _ index: Int, _ id: String, field: String
  ) {
    if ids.isEmpty { issue(table, index, id, field, "no source given") }
    for source in ids where !sourceIDs.contains(source) {
      issue(table, index, id, field, "unknown source '\(source)'")
    }
  }

  mutating func indexSources() {
    var seen: [String: CityID] = [:]  // any DenseIndex works for duplicate detection
    for (index, source) in data.sources.enumerated() {
      report(Self.register(source.id, at: index, in: &seen), .sources, index, source.id)
      if source.citation.isEmpty {
        issue(.sources, index, source.id, "citation", "empty citation")
      }
    }
    sourceIDs = Set(data.sources.map(\.id))
  }

  mutating func indexTerritoriesAndCountries() {
    for (index, territory) in data.customsTerritories.enumerated() {
      report(
        Self.register(territory.id, at: index, in: &territoryIndex), .customsTerritories, index, territory.id)
      if territory.entryClearance < .zero {
        issue(.customsTerritories, index, territory.id, "entry_clearance", "negative duration")
      }
      if territory.entryClearanceCost < .zero {
        issue(.customsTerritories, index, territory.id, "entry_clearance_usd", "negative amount")
      }
      checkSources(territory.sources, .customsTerritories, index, territory.id, field: "source")
    }
    for (index, country) in data.countries.enumerated() {
      let code = country.code
      if code.count != 2 || !code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
        issue(.countries, index, code, "iso2", "'\(code)' is not an ISO 3166-1 alpha-2 code")
      }
      if countryTerritory[code] != nil {
        issue(.countries, index, code, "iso2", "duplicate country '\(code)'")
      }
      if let territory = territoryIndex[country.customsTerritory] {
        countryTerritory[code] = territory
      } else {
        issue(
          .countries, index, code, "customs_territory",
          "unknown customs territory '\(country.customsTerritory)'")
      }
      checkSources(country.sources, .countries, index, code, field: "source")
    }
  }

  mutating func indexCities() {
    for (index, city) in data.cities.enumerated() {
      report(Self.register(city.id, at: index, in: &cityIndex), .cities, index, city.id)
      let territory = countryTerritory[city.country]
      cityTerritory.append(territory)
      if territory == nil {
        issue(.cities, index, city.id, "country", "unknown country '\(city.country)'")
      }
      if !(-90...90).contains(city.latitude) {
        issue(.cities, index, city.id, "latitude", "\(city.latitude) is outside -90...90")
      }
      if !(-180...180).contains(city.longitude) {
        issue(.cities, index, city.id, "longitude", "\(city.longitude) is outside -180...180")
      }
      if city.name.isEmpty { issue(.cities, index, city.id, "name", "empty name") }
      checkSources(city.sources, .cities, index, city.id, field: "source")
    }
  }

  mutating func indexTerminals() {
    for (index, terminal) in data.terminals.enumerated() {
      report(Self.register(terminal.id, at: index, in: &terminalIndex), .terminals, index, terminal.id)
      let city = cityIndex[terminal.city]
      terminalCity.append(city)
      if city == nil {
        issue(.terminals, index, terminal.id, "city", "unknown city '\(terminal.city)'")
      }
      switch (terminal.mode, terminal.gauge) {
      case (.rail, nil):
        issue(.terminals, index, terminal.id, "gauge_mm", "a rail terminal needs its gauge")
      case (.rail, let gauge?) where gauge.millimetres <= 0:
        issue(.terminals, index, terminal.id, "gauge_mm", "gauge must be positive")
      case (.sea, _?), (.road, _?), (.air, _?):
        issue(.terminals, index, terminal.id, "gauge_mm", "only rail terminals have a gauge")
      default: break
      }
      checkSources(terminal.sources, .terminals, index, terminal.id, field: "source")
    }
  }

  mutating func indexCarriers() {
    for (index, carrier) in data.carriers.enumerated() {
      report(Self.register(carrier.id, at: index, in: &carrierIndex), .carriers, index, carrier.id)
      checkSources(carrier.sources, .carriers, index, carrier.id, field: "source")
    }
  }

  mutating func indexBorderCrossings() {
    for (index, crossing) in data.borderCrossings.enumerated() {
      report(
        Self.register(crossing.id, at: index, in: &borderCrossingIndex), .borderCrossings, index, crossing.id)
      let from = cityIndex[crossing.fromCity]
      let to = cityIndex[crossing.toCity]
      if from == nil {
        issue(
          .borderCrossings, index, crossing.id, "from_city", "unknown city '\(crossing.fromCity)'")
      }
      if to == nil {
        issue(.borderCrossings, index, crossing.id, "to_city", "unknown city '\(crossing.toCity)'")
      }
      if let from, let to {
        if cityTerritory[from.index] == cityTerritory[to.index] {
          issue(
            .borderCrossings, index, crossing.id, "to_city",
            "'\(crossing.fromCity)' and '\(crossing.toCity)' are in the same customs territory")
        }
        let pair = CityPair(from, to)
        if crossingByCityPair[pair] != nil {
          issue(
            .borderCrossings, index, crossing.id, "to_city",
            "a crossing between '\(crossing.fromCity)' and '\(crossing.toCity)' is already defined")
        } else {
          crossingByCityPair[pair] = BorderCrossingID(index)
        }
      }
      if crossing.clearance < .zero {
        issue(.borderCrossings, index, crossing.id, "clearance", "negative duration")
      }
      if crossing.clearanceCost < .zero {
        issue(.borderCrossings, index, crossing.id, "clearance_usd", "negative amount")
      }
      checkSources(crossing.sources, .borderCrossings, index, crossing.id, field: "source")
    }
  }
}
