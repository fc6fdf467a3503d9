import Foundation
import SilkRoute

extension SyntheticWorld {
  /// Carriers per country (rail, road) and worldwide (sea, air).
  static let railCarriersPerCountry = 5
  static let roadCarriersPerCountry = 8
  static let seaLines = 16
  static let airlines = 16

  func firstCarrier(_ mode: Mode, country: Int) -> Int {
    let perCountry = Self.railCarriersPerCountry + Self.roadCarriersPerCountry
    switch mode {
    case .rail: return country * perCountry
    case .road: return country * perCountry + Self.railCarriersPerCountry
    case .sea: return countries.count * perCountry
    case .air: return countries.count * perCountry + Self.seaLines
    }
  }

  func carrierCount(_ mode: Mode) -> Int {
    switch mode {
    case .rail: Self.railCarriersPerCountry
    case .road: Self.roadCarriersPerCountry
    case .sea: Self.seaLines
    case .air: Self.airlines
    }
  }

  /// Carriers with a rate factor (0.85...1.25 of the formula) and a speed factor (0.9...1.1).
  mutating func makeCarriers(_ random: inout SeededGenerator) -> [(rate: Double, speed: Double)] {
    var factors: [(rate: Double, speed: Double)] = []
    func add(_ id: String, _ name: String, _ country: String, _ kind: CarrierRecord.Kind) {
      data.carriers.append(
        CarrierRecord(id: id, name: name, country: country, kind: kind, sources: sources, note: "Synthetic"))
      factors.append((random.nextDouble(0.85, 1.25), random.nextDouble(0.9, 1.1)))
    }
    for country in countries {
      let prefix = country.code.lowercased()
      for j in 1...Self.railCarriersPerCountry {
        add(
          "\(prefix)-rail-\(j)", j == 1 ? "\(country.name) Railways" : "\(country.name) Rail Cargo \(j)",
          country.code, j == 1 ? .railway : .operator)
      }
      for j in 1...Self.roadCarriersPerCountry {
        add("\(prefix)-road-\(j)", "\(country.name) Trucking \(j)", country.code, .trucking)
      }
    }
    for j in 1...Self.seaLines {
      add("line-\(j)", "\(names.cityName(&random)) Line", countries[j % countries.count].code, .shippingLine)
    }
    for j in 1...Self.airlines {
      add("airline-\(j)", "\(names.cityName(&random)) Cargo", countries[j % countries.count].code, .airline)
    }
    return factors
  }

  /// Spreads `servicesPerTerminal × terminals` service records over the links (road 42 %,
  /// rail 33 %, sea 12 %, air 13 %): parallel services of different carriers, at least one per
  /// link. Scheduled modes get a timetable per direction.
  mutating func makeServices() {
    var random = random(5)
    let factors = makeCarriers(&random)
    let budget = Double(parameters.terminals * parameters.servicesPerTerminal)
    let plan: [(Mode, [Link], Double)] = [
      (.rail, railLinks, 0.33), (.road, roadLinks, 0.42), (.sea, seaLinks, 0.12), (.air, airLinks, 0.13),
    ]
    data.services.reserveCapacity(Int(budget * 1.1))
    let totalLinks = plan.reduce(0) { $0 + $1.1.count }
    var done = 0
    for (mode, links, share) in plan {
      let cap = carrierCount(mode)
      let perLink = links.isEmpty ? 0 : budget * share / Double(links.count)
      for link in links {
        var count = Int(perLink)
        if random.chance(perLink - Double(count)) { count += 1 }
        count = min(cap, max(1, count))
        let first = firstCarrier(mode, country: cities[Int(link.a)].country)
        let start = random.next(below: cap)
        for j in 0..<count {
          let carrier = first + (start + j) % cap
          addService(mode, link, carrier: carrier, factor: factors[carrier], &random)
        }
        done += 1
        report(.services, done, of: totalLinks)
      }
    }
    for link in gaugeLinks { addGaugeChange(link, &random) }
    progress(.services, 1)
  }

  /// The terminal of `mode` in `city`, if it has one.
  func terminal(_ city: Int32, _ mode: Mode) -> Int32? {
    let record = cities[Int(city)]
    return switch mode {
    case .rail: record.rail
    case .road: record.road
    case .sea: record.sea
    case .air: record.air
    }
  }

  static func cents(_ dollars: Double) -> Cents { Cents(Int64((dollars * 100).rounded())) }

  /// What a service takes (hours; air time is computed apart), costs and emits, the cargo
  /// classes it accepts, its document and the straits it passes.
  struct Terms {
    var hours: Double
    var tariff: Tariff
    var intensity: Int64
    var classes: CargoClassSet
    var document: DocumentRegime
    var passages: [String]
  }

  /// The terms of a service of `mode` over `link`, by the formulas of `Data/README.md`. Draws
  /// from `random` in a fixed order, so that a seed gives the same network.
  static func terms(
    _ mode: Mode, kilometres: Double, link: Link, from: City, to: City, fromCountry: Country,
    toCountry: Country, factor: (rate: Double, speed: Double), _ random: inout SeededGenerator
  ) -> Terms {
    let hours: Double
    var tariff: Tariff
    let intensity: Int64
    var classes = CargoClassSet(.general)
    var document = DocumentRegime.default(for: mode)
    var passages: [String] = []
    switch mode {
    case .rail:
      let gauge = fromCountry.gauge
      let perDay: Double = gauge == .russian ? 700 : gauge == .metre ? 500 : 550
      hours = (kilometres / (perDay * (link.trunk ? 1.15 : 1) * factor.speed) * 24).rounded(.up)
      let perFEU =
        kilometres * (gauge == .russian ? 0.5642 : 0.3947) * factor.rate + (kilometres < 400 ? 150 : 0)
      let perKilogram = max(0.01, perFEU / 20_000 * 1.5)
      tariff = Tariff(
        perTEU: cents(0.6 * perFEU), perFEU: cents(perFEU), perKilogram: cents(perKilogram),
        minimumCharge: cents(max(50, 500 * perKilogram)))
      intensity = gauge == .metre || !fromCountry.electrified ? 30 : 18
      if random.chance(0.5) { classes.insert(CargoClassSet(.ecommerce)) }
      if random.chance(0.2) { classes.insert(CargoClassSet(.dangerous)) }
      let toLaw = toCountry.railLaw
      document = fromCountry.railLaw == toLaw ? toLaw : .cimSMGS
    case .road:
      hours = ((kilometres < 600 ? kilometres / 60 + 1 : kilometres / 600 * 24) / factor.speed).rounded(.up)
      let perFEU = 150 + kilometres * fromCountry.roadRatePerKilometre / 100 * factor.rate
      let perKilogram = max(0.01, perFEU / 20_000 * 2)
      tariff = Tariff(
        perTEU: cents(0.85 * perFEU), perFEU: cents(perFEU), perKilogram: cents(perKilogram),
        minimumCharge: cents(max(25, 300 * perKilogram)))
      intensity = kilometres < 100 ? 90 : 62
      if random.chance(0.4) { classes.insert(CargoClassSet(.reefer)) }
      if random.chance(0.2) { classes.insert(CargoClassSet(.dangerous)) }
      if fromCountry.territory != toCountry.territory { document = .cmrTIR }
    case .sea:
      let nauticalMiles = kilometres / 1.852
      hours = ((nauticalMiles / (16 * 24) + 1) * 24 / factor.speed).rounded(.up)
      let perTEU = (300 + 0.057673 * nauticalMiles) * factor.rate
      let perKilogram = max(0.01, perTEU / 10_000 * 2.5)
      tariff = Tariff(
        perTEU: cents(perTEU), perFEU: cents(2 * perTEU), perKilogram: cents(perKilogram),
        minimumCharge: cents(max(50, 1_000 * perKilogram)))
      intensity = nauticalMiles < 3_000 ? 15 : 8
      classes.insert([CargoClassSet(.reefer), CargoClassSet(.dangerous)])
      let west = min(from.point.longitude, to.point.longitude)
      let east = max(from.point.longitude, to.point.longitude)
      if west < 45 && east > 70 { passages = ["suez"] }
    case .air:
      hours = 0
      let perKilogram = (0.80 + 0.0003 * kilometres) * factor.rate
      tariff = Tariff(
        perKilogram: cents(perKilogram), minimumCharge: cents(max(50, 45 * perKilogram)))
      intensity = kilometres < 1_500 ? 900 : 602
      classes.insert(CargoClassSet(.ecommerce))
    }
    return Terms(
      hours: hours, tariff: tariff, intensity: intensity, classes: classes, document: document,
      passages: passages)
  }

  mutating func addService(
    _ mode: Mode, _ link: Link, carrier: Int, factor: (rate: Double, speed: Double),
    _ random: inout SeededGenerator
  ) {
    // Links join cities that have terminals of their mode.
    guard let fromTerminal = terminal(link.a, mode), let toTerminal = terminal(link.b, mode) else { return }
    let from = cities[Int(link.a)]
    let to = cities[Int(link.b)]
    let fromCountry = countries[from.country]
    let detour: Double =
      switch mode {
      case .rail: link.trunk ? 1.15 : 1.2
      case .road: random.nextDouble(1.15, 1.25)
      case .sea: 1.3
      case .air: 1.05
      }
    let kilometres = max(10, (link.kilometres * detour / 10).rounded() * 10)
    let terms = Self.terms(
      mode, kilometres: kilometres, link: link, from: from, to: to, fromCountry: fromCountry,
      toCountry: countries[to.country], factor: factor, &random)
    let transit: Minutes =
      mode == .air
      ? Minutes(Int64(((kilometres / 800 * 60 + 45) / factor.speed / 5).rounded(.up)) * 5)
      : Minutes(Int64(max(1, terms.hours)) * 60)
    let id = "\(mode.rawValue)-\(data.services.count + 1)"
    data.services.append(
      ServiceRecord(
        id: id, mode: mode, carrier: data.carriers[carrier].id,
        from: data.terminals[Int(fromTerminal)].id, to: data.terminals[Int(toTerminal)].id,
        bidirectional: true, distance: Kilometres(Int64(kilometres)), transit: transit, tariff: terms.tariff,
        co2Intensity: GramsPerTonneKilometre(terms.intensity), cargoClasses: terms.classes,
        passages: terms.passages,
        document: terms.document, tariffDate: "2024-07-01", distanceSources: sources, timeSources: sources,
        tariffSources: sources, co2Sources: sources, note: link.trunk ? "Trunk line" : ""))
    if mode != .road { addTimetables(id, mode, link, &random) }
  }

  /// Departures of both directions: express trains two or three days a week, other trains daily;
  /// ships weekly; flights daily between large cities, three days a week otherwise.
  mutating func addTimetables(_ service: String, _ mode: Mode, _ link: Link, _ random: inout SeededGenerator)
  {
    for direction in [TimetableRecord.Direction.forward, .reverse] {
      let city = cities[Int(direction == .forward ? link.a : link.b)]
      var days: [Weekday]
      var departures = [60 * random.next(below: 24)]
      switch mode {
      case .rail where link.trunk:
        days = weekdays(2 + random.next(below: 2), &random)
      case .rail:
        days = Weekday.allCases
        if random.chance(0.5) {
          let second = 60 * random.next(below: 24)
          if second != departures[0] {
            departures = [min(departures[0], second), max(departures[0], second)]
          }
        }
      case .sea:
        days = weekdays(1, &random)
      default:
        let large = cities[Int(link.a)].size > 0.8 && cities[Int(link.b)].size > 0.8
        days = large ? Weekday.allCases : weekdays(3, &random)
      }
      data.timetables.append(
        TimetableRecord(
          service: service, direction: direction, weekdays: days, departures: departures,
          utcOffsetMinutes: countries[city.country].utcOffsetMinutes, sources: sources))
    }
  }

  /// `count` distinct weekdays in week order.
  func weekdays(_ count: Int, _ random: inout SeededGenerator) -> [Weekday] {
    var all = Weekday.allCases
    random.shuffle(&all)
    return all.prefix(count).sorted { $0.index < $1.index }
  }

  /// A gauge change between the paired border stations of two countries of different gauges.
  mutating func addGaugeChange(_ link: Link, _ random: inout SeededGenerator) {
    let a = cities[Int(link.a)]
    let b = cities[Int(link.b)]
    guard let aRail = a.rail, let bRail = b.rail else { return }  // gauge links join rail cities
    data.transfers.append(
      TransferRecord(
        id: "\(a.id)-\(b.id)-gauge", kind: .gaugeChange, from: data.terminals[Int(aRail)].id,
        to: data.terminals[Int(bRail)].id, bidirectional: true,
        time: .hours(Int64(6 + 6 * random.next(below: 8))),
        tariff: Tariff(perTEU: Cents(10_000), perFEU: Cents(15_000), perKilogram: Cents(2)),
        timeSources: sources, costSources: sources,
        note: "\(gauge(link.a)) to \(gauge(link.b)): bogie exchange or transloading"))
  }
}
