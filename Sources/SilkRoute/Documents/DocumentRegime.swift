/// The legal regime a leg's transport document falls under.
public enum DocumentRegime: String, CaseIterable, Sendable, Codable, Hashable {
  /// Ocean bill of lading (Hague-Visby Rules).
  case oceanBL = "ocean-bl"
  /// Rail consignment note under COTIF/CIM (EU railways).
  case cim
  /// Rail consignment note under SMGS (China, 1520 mm countries, Mongolia, Vietnam…).
  case smgs
  /// The common CIM/SMGS consignment note, valid on both sides of the regime border.
  case cimSMGS = "cim-smgs"
  /// Road consignment note (CMR Convention).
  case cmr
  /// CMR with a TIR carnet (customs transit under seal).
  case cmrTIR = "cmr-tir"
  /// Air waybill (Montreal Convention).
  case awb

  /// The regime a leg of `mode` travels under when nothing else is known.
  public static func `default`(for mode: Mode) -> DocumentRegime {
    switch mode {
    case .sea: .oceanBL
    case .rail: .smgs
    case .road: .cmr
    case .air: .awb
    }
  }

  /// The rail regimes the document is valid under, or nil for non-rail regimes.
  public var railSides: RailSides? {
    switch self {
    case .smgs: .smgs
    case .cim: .cim
    case .cimSMGS: [.smgs, .cim]
    default: nil
    }
  }

  public var displayName: String {
    switch self {
    case .oceanBL: "ocean B/L"
    case .cim: "CIM consignment note"
    case .smgs: "SMGS consignment note"
    case .cimSMGS: "CIM/SMGS consignment note"
    case .cmr: "CMR consignment note"
    case .cmrTIR: "CMR + TIR carnet"
    case .awb: "air waybill"
    }
  }
}

/// The two rail regimes, as a set.
public struct RailSides: OptionSet, Hashable, Sendable {
  public var rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let smgs = RailSides(rawValue: 1)
  public static let cim = RailSides(rawValue: 2)
}

/// Special drawing rights in hundredths (`8.33` SDR = 833), for liability limits.
public struct SDR: IntegerQuantity {
  public var rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
  public var description: String { "SDR \(Cents(rawValue).dollarsText)" }
}

/// What a document regime means for a route: liability, transit, the price of starting one.
public struct DocumentRegimeRecord: Hashable, Sendable, Codable {
  public var regime: DocumentRegime
  public var name: String
  public var convention: String
  /// Whether the document also serves as a customs transit document (TIR carnet, SMGS).
  public var isTransitDocument: Bool
  public var liabilityPerKilogram: SDR?
  public var liabilityPerPackage: SDR?
  /// Cost and time of starting a new document of this regime in mid-route (re-consignment,
  /// a new booking and declaration).
  public var newDocumentCost: Cents
  public var newDocumentTime: Minutes
  public var sources: [String]
  public var note: String

  public init(
    regime: DocumentRegime, name: String, convention: String, isTransitDocument: Bool,
    liabilityPerKilogram: SDR?, liabilityPerPackage: SDR?, newDocumentCost: Cents, newDocumentTime: Minutes,
    sources: [String], note: String = ""
  ) {
    self.regime = regime
    self.name = name
    self.convention = convention
    self.isTransitDocument = isTransitDocument
    self.liabilityPerKilogram = liabilityPerKilogram
    self.liabilityPerPackage = liabilityPerPackage
    self.newDocumentCost = newDocumentCost
    self.newDocumentTime = newDocumentTime
    self.sources = sources
    self.note = note
  }
}

/// A multimodal transport operator (MTO) that can issue one through bill of lading.
public struct OperatorRecord: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var country: String
  /// ISO codes of the countries where it takes goods in charge and delivers.
  public var places: [String]
  /// It re-consigns CIM ↔ SMGS itself under its own B/L.
  public var absorbsRegimeBreaks: Bool
  public var liabilityPerKilogram: SDR?
  /// Its charge for issuing the through document, per shipment.
  public var fee: Cents
  public var originals: Int
  public var illustrative: Bool
  public var sources: [String]
  public var note: String

  public init(
    id: String, name: String, country: String, places: [String], absorbsRegimeBreaks: Bool,
    liabilityPerKilogram: SDR?, fee: Cents, originals: Int = 3, illustrative: Bool, sources: [String],
    note: String = ""
  ) {
    self.id = id
    self.name = name
    self.country = country
    self.places = places
    self.absorbsRegimeBreaks = absorbsRegimeBreaks
    self.liabilityPerKilogram = liabilityPerKilogram
    self.fee = fee
    self.originals = originals
    self.illustrative = illustrative
    self.sources = sources
    self.note = note
  }
}

/// What an operator can contract: every service of a carrier, or one service.
public struct OperatorCoverageRecord: Hashable, Sendable, Codable {
  public var operatorID: String
  /// A carrier id (all its services), or empty.
  public var carrier: String
  /// A service id, or empty.
  public var service: String
  public var sources: [String]
  public var note: String

  public init(
    operatorID: String, carrier: String = "", service: String = "", sources: [String], note: String = ""
  ) {
    self.operatorID = operatorID
    self.carrier = carrier
    self.service = service
    self.sources = sources
    self.note = note
  }
}
