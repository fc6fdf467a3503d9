/// The network as plain records keyed by their human-readable ids: what the store reads and writes
/// and what `TransportNetwork` is built from. Every figure carries the ids of its sources.
public struct NetworkData: Hashable, Sendable, Codable {
  public var sources: [SourceRecord] = []
  public var customsTerritories: [CustomsTerritoryRecord] = []
  public var countries: [CountryRecord] = []
  public var cities: [CityRecord] = []
  public var terminals: [TerminalRecord] = []
  public var carriers: [CarrierRecord] = []
  public var services: [ServiceRecord] = []
  public var transfers: [TransferRecord] = []
  public var borderCrossings: [BorderCrossingRecord] = []
  public var timetables: [TimetableRecord] = []
  public var documentRegimes: [DocumentRegimeRecord] = []
  public var operators: [OperatorRecord] = []
  public var operatorCoverage: [OperatorCoverageRecord] = []
  /// Extra charges (and, by absence from `ServiceRecord.cargoClasses`, refusals) for reefer,
  /// dangerous or e-commerce cargo (`Data/cargo_class_surcharges.csv`).
  public var cargoClassSurcharges: [CargoClassSurchargeRecord] = []
  /// The dataset's as-of date, tariff period and SDR rate (`Data/edition.csv`); nil for networks
  /// that state none (synthetic, DIMACS), on which every service is valid on every day.
  public var edition: EditionRecord?

  public init() {}
}

/// Where a figure comes from: a report, an index, a standard, or an estimating formula.
public struct SourceRecord: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case report, index, dataset, standard, estimate, regulation
  }
  public var id: String
  public var kind: Kind
  /// Bibliographic citation, or for an estimate the formula.
  public var citation: String
  public var url: String
  public var accessed: String
  public var note: String

  public init(
    id: String, kind: Kind, citation: String, url: String = "", accessed: String = "",
    note: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.citation = citation
    self.url = url
    self.accessed = accessed
    self.note = note
  }
}

/// A customs territory (the EAEU and the EU each count as one); entering it by sea or air costs
/// its entry clearance.
public struct CustomsTerritoryRecord: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var entryClearance: Minutes
  public var entryClearanceCost: Cents
  /// Clearance when goods only pass through under a transit regime (TIR, SMGS); nil = as entry.
  public var transitClearance: Minutes?
  public var transitClearanceCost: Cents?
  public var sources: [String]
  public var note: String

  public init(
    id: String, name: String, entryClearance: Minutes, entryClearanceCost: Cents,
    transitClearance: Minutes? = nil, transitClearanceCost: Cents? = nil, sources: [String], note: String = ""
  ) {
    self.id = id
    self.name = name
    self.entryClearance = entryClearance
    self.entryClearanceCost = entryClearanceCost
    self.transitClearance = transitClearance
    self.transitClearanceCost = transitClearanceCost
    self.sources = sources
    self.note = note
  }
}

public struct CountryRecord: Hashable, Sendable, Codable {
  /// ISO 3166-1 alpha-2, upper case.
  public var code: String
  public var name: String
  public var customsTerritory: String
  public var sources: [String]
  public var note: String

  public init(
    code: String, name: String, customsTerritory: String, sources: [String], note: String = ""
  ) {
    self.code = code
    self.name = name
    self.customsTerritory = customsTerritory
    self.sources = sources
    self.note = note
  }
}

public struct CityRecord: Hashable, Sendable, Codable {
  public enum Status: String, Sendable, Codable, CaseIterable {
    /// A source names the city in a SCODA / Qingdao service.
    case confirmed
    /// Included from geography or precedent; no SCODA source names it.
    case inferred
    /// Not one of the SCODA cities: a border or gauge-change station a real corridor passes
    /// (routes go through it; city listings leave it out).
    case transit
  }
  public var id: String
  public var name: String
  /// ISO 3166-1 alpha-2.
  public var country: String
  public var latitude: Double
  public var longitude: Double
  public var locode: String
  public var aliases: [String]
  public var status: Status
  public var sources: [String]
  public var note: String

  public init(
    id: String, name: String, country: String, latitude: Double, longitude: Double,
    locode: String = "", aliases: [String] = [], status: Status = .confirmed,
    sources: [String], note: String = ""
  ) {
    self.id = id
    self.name = name
    self.country = country
    self.latitude = latitude
    self.longitude = longitude
    self.locode = locode
    self.aliases = aliases
    self.status = status
    self.sources = sources
    self.note = note
  }
}

/// A facility of one mode in a city: a graph node.
public struct TerminalRecord: Hashable, Sendable, Codable {
  public var id: String
  public var city: String
  public var mode: Mode
  public var name: String
  /// Rail terminals only.
  public var gauge: Gauge?
  public var sources: [String]
  public var note: String

  public init(
    id: String, city: String, mode: Mode, name: String, gauge: Gauge? = nil, sources: [String],
    note: String = ""
  ) {
    self.id = id
    self.city = city
    self.mode = mode
    self.name = name
    self.gauge = gauge
    self.sources = sources
    self.note = note
  }
}

public struct CarrierRecord: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case railway
    case shippingLine = "shipping-line"
    case airline, trucking, `operator`
  }
  public var id: String
  public var name: String
  public var country: String
  public var kind: Kind
  public var sources: [String]
  public var note: String

  public init(
    id: String, name: String, country: String, kind: Kind, sources: [String], note: String = ""
  ) {
    self.id = id
    self.name = name
    self.country = country
    self.kind = kind
    self.sources = sources
    self.note = note
  }
}

/// A transport offer between two terminals of one mode (one or both directions).
public struct ServiceRecord: Hashable, Sendable, Codable {
  public var id: String
  public var mode: Mode
  public var carrier: String
  public var from: String
  public var to: String
  public var bidirectional: Bool
  public var distance: Kilometres
  public var transit: Minutes
  public var tariff: Tariff
  public var co2Intensity: GramsPerTonneKilometre
  public var cargoClasses: CargoClassSet
  /// Straits and canals a sea service passes (`suez`, `malacca`, `cape`…).
  public var passages: [String]
  /// The document the leg travels under when booked on its own.
  public var document: DocumentRegime
  /// ISO date the tariff was observed / is valid from; empty if unknown.
  public var tariffDate: String
  /// A market index's change from `tariffDate` to the dataset's tariff period, in ten-thousandths
  /// (`13500` = ×1.35): the rates above are as published, the network charges them × this
  /// factor. Nil: the rates are of the period already.
  public var indexFactor: Int64?
  /// The index publications the factor is taken from.
  public var indexSources: [String] = []
  /// When the service runs.
  public var validity = Validity.always
  public var distanceSources: [String]
  public var timeSources: [String]
  public var tariffSources: [String]
  public var co2Sources: [String]
  public var note: String

  public init(
    id: String, mode: Mode, carrier: String, from: String, to: String, bidirectional: Bool,
    distance: Kilometres, transit: Minutes, tariff: Tariff, co2Intensity: GramsPerTonneKilometre,
    cargoClasses: CargoClassSet = [CargoClassSet(.general)], passages: [String] = [],
    document: DocumentRegime? = nil, tariffDate: String = "", distanceSources: [String],
    timeSources: [String],
    tariffSources: [String], co2Sources: [String], note: String = ""
  ) {
    self.id = id
    self.mode = mode
    self.carrier = carrier
    self.from = from
    self.to = to
    self.bidirectional = bidirectional
    self.distance = distance
    self.transit = transit
    self.tariff = tariff
    self.co2Intensity = co2Intensity
    self.cargoClasses = cargoClasses
    self.passages = passages
    self.document = document ?? .default(for: mode)
    self.tariffDate = tariffDate
    self.distanceSources = distanceSources
    self.timeSources = timeSources
    self.tariffSources = tariffSources
    self.co2Sources = co2Sources
    self.note = note
  }
}

/// Handling between two terminals: a mode change inside a city, a gauge change (also between the
/// paired border stations), or a same-mode transshipment.
public struct TransferRecord: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case modeChange = "mode-change"
    case gaugeChange = "gauge-change"
    case transshipment
  }
  public var id: String
  public var kind: Kind
  public var from: String
  public var to: String
  public var bidirectional: Bool
  public var time: Minutes
  public var tariff: Tariff
  public var timeSources: [String]
  public var costSources: [String]
  public var note: String
  /// When the transfer can be made.
  public var validity = Validity.always

  public init(
    id: String, kind: Kind, from: String, to: String, bidirectional: Bool, time: Minutes,
    tariff: Tariff, timeSources: [String], costSources: [String], note: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.from = from
    self.to = to
    self.bidirectional = bidirectional
    self.time = time
    self.tariff = tariff
    self.timeSources = timeSources
    self.costSources = costSources
    self.note = note
  }
}

/// A land crossing between customs territories; applies in both directions to every arc between
/// its two cities.
public struct BorderCrossingRecord: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var fromCity: String
  public var toCity: String
  public var clearance: Minutes
  public var clearanceCost: Cents
  public var sources: [String]
  public var note: String
  /// When the crossing is open.
  public var validity = Validity.always

  public init(
    id: String, name: String, fromCity: String, toCity: String, clearance: Minutes,
    clearanceCost: Cents, sources: [String], note: String = ""
  ) {
    self.id = id
    self.name = name
    self.fromCity = fromCity
    self.toCity = toCity
    self.clearance = clearance
    self.clearanceCost = clearanceCost
    self.sources = sources
    self.note = note
  }
}

/// A surcharge for one cargo class, on every service of a mode or on one service: an amount per
/// container and/or a percentage of the service's charge. A class a service does not list in its
/// `cargoClasses` is refused there whatever this table says.
public struct CargoClassSurchargeRecord: Hashable, Sendable, Codable {
  /// The mode whose services it applies to, or nil when `service` names one service.
  public var mode: Mode?
  /// The one service it applies to, or empty when `mode` is set.
  public var service: String
  public var cargoClass: CargoClass
  public var perTEU: Cents?
  public var perFEU: Cents?
  /// Percent of the service's charge for the cargo (containers or per kg); nil = none.
  public var percent: Int64?
  public var sources: [String]
  public var note: String

  public init(
    mode: Mode? = nil, service: String = "", cargoClass: CargoClass, perTEU: Cents? = nil,
    perFEU: Cents? = nil, percent: Int64? = nil, sources: [String], note: String = ""
  ) {
    self.mode = mode
    self.service = service
    self.cargoClass = cargoClass
    self.perTEU = perTEU
    self.perFEU = perFEU
    self.percent = percent
    self.sources = sources
    self.note = note
  }

  /// The extra charge for `cargo` on a service whose charge for it is `charge`.
  public func surcharge(for cargo: Cargo, on charge: Cents) -> Cents {
    var extra = Cents.zero
    switch cargo.unit {
    case .teu: if let perTEU { extra += perTEU * cargo.quantity }
    case .feu: if let perFEU { extra += perFEU * cargo.quantity }
    case .kilograms: break
    }
    if let percent { extra += Cents(charge.rawValue * percent / 100) }
    return extra
  }
}
