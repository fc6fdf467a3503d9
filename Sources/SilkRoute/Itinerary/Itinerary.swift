/// A planned route: its legs, transfers and customs crossings in travel order, and its totals.
/// The same value is printed as a table, encoded as JSON and (later) drawn.
public struct Itinerary: Hashable, Sendable, Codable {
  public var origin: CityRef
  public var destination: CityRef
  public var cargo: Cargo
  public var objective: Objective
  public var steps: [ItineraryStep]
  public var totals: Totals
  /// When the cargo was ready at the origin, for time-dependent queries.
  public var departure: Instant?
  /// When it reaches the destination, for time-dependent queries.
  public var arrival: Instant?
  /// Which transport documents the route needs, who issues them, and why.
  public var documentPlan: DocumentPlan?

  public struct Totals: Hashable, Sendable, Codable {
    public var costCents: Cents
    public var timeMinutes: Minutes
    public var co2Grams: Grams
    public var distanceKm: Kilometres
    public var legs: Int
    public var transfers: Int
    public var borderCrossings: Int
    /// Transport documents the cargo travels under.
    public var documents: Int
    /// Modes used, in travel order of first use.
    public var modes: [Mode]
  }

  public var legs: [Leg] { steps.compactMap { if case .leg(let leg) = $0 { leg } else { nil } } }
  public var transfers: [TransferStep] {
    steps.compactMap { if case .transfer(let transfer) = $0 { transfer } else { nil } }
  }
  public var borders: [BorderStep] {
    steps.compactMap { if case .border(let border) = $0 { border } else { nil } }
  }
  /// Every terminal id visited, in order.
  public var terminalPath: [String] {
    var path: [String] = []
    for step in steps {
      switch step {
      case .leg(let leg):
        if path.last != leg.from.id { path.append(leg.from.id) }
        path.append(leg.to.id)
      case .transfer(let transfer):
        if path.last != transfer.from.id { path.append(transfer.from.id) }
        path.append(transfer.to.id)
      case .border, .document, .fee: break
      }
    }
    return path
  }
  public var routeTotals: RouteTotals {
    RouteTotals(cost: totals.costCents, time: totals.timeMinutes, co2: totals.co2Grams)
  }
}

public struct CityRef: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var country: String
}

public struct TerminalRef: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var mode: Mode
  /// Rail terminals only.
  public var gaugeMm: Int?
  public var city: CityRef
}

/// Travel on one service.
public struct Leg: Hashable, Sendable, Codable {
  public var service: String
  public var mode: Mode
  public var carrier: String
  public var carrierName: String
  public var from: TerminalRef
  public var to: TerminalRef
  public var distanceKm: Kilometres
  public var timeMinutes: Minutes
  public var costCents: Cents
  public var co2Grams: Grams
  public var passages: [String]
  /// Scheduled departure and arrival, for time-dependent queries.
  public var departsAt: Instant?
  public var arrivesAt: Instant?
  /// Time spent waiting for this departure (included in the route's time, not in `timeMinutes`).
  public var waitMinutes: Minutes
  /// The document regime the leg travels under on its own.
  public var document: DocumentRegime
}

/// Handling between two terminals (mode change, gauge change, transshipment).
public struct TransferStep: Hashable, Sendable, Codable {
  public var transfer: String
  public var kind: TransferRecord.Kind
  public var from: TerminalRef
  public var to: TerminalRef
  public var timeMinutes: Minutes
  public var costCents: Cents
}

/// Entry into another customs territory.
public struct BorderStep: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    case land, entry
  }
  public var name: String
  public var kind: Kind
  public var fromTerritory: String
  public var toTerritory: String
  /// The city where clearance happens.
  public var at: CityRef
  public var timeMinutes: Minutes
  public var costCents: Cents
  /// Cleared as goods in transit (TIR, SMGS) rather than for import.
  public var inTransit: Bool
}

/// A new transport document started in mid-route (re-consignment, a new carrier's document).
public struct DocumentStep: Hashable, Sendable, Codable {
  public var regime: DocumentRegime
  public var at: CityRef
  /// Why: "CIM ↔ SMGS re-consignment", "new carrier".
  public var reason: String
  public var timeMinutes: Minutes
  public var costCents: Cents
}

/// The charge of the operator issuing a through multimodal B/L, paid once per shipment where it
/// issues the document: at the place of receipt.
public struct FeeStep: Hashable, Sendable, Codable {
  public var operatorID: String
  public var operatorName: String
  /// Where it is charged: the place of receipt (the origin city).
  public var at: CityRef
  /// Why: "through multimodal B/L".
  public var reason: String
  /// Zero: the data gives operators a fee, not a time.
  public var timeMinutes: Minutes
  public var costCents: Cents
}

/// One priced step of an itinerary. The steps add up to the totals: the cost is the sum of the
/// steps' costs, the time the sum of their times plus every leg's `waitMinutes`, the CO2 the sum
/// of the legs' CO2.
public enum ItineraryStep: Hashable, Sendable {
  case leg(Leg)
  case transfer(TransferStep)
  case border(BorderStep)
  case document(DocumentStep)
  case fee(FeeStep)

  /// What the step costs.
  public var costCents: Cents {
    switch self {
    case .leg(let leg): leg.costCents
    case .transfer(let transfer): transfer.costCents
    case .border(let border): border.costCents
    case .document(let document): document.costCents
    case .fee(let fee): fee.costCents
    }
  }

  /// How long the step takes, waiting for a departure excluded (a leg's `waitMinutes`).
  public var timeMinutes: Minutes {
    switch self {
    case .leg(let leg): leg.timeMinutes
    case .transfer(let transfer): transfer.timeMinutes
    case .border(let border): border.timeMinutes
    case .document(let document): document.timeMinutes
    case .fee(let fee): fee.timeMinutes
    }
  }
}

extension ItineraryStep: Codable {
  /// `step`, not `kind`: a transfer has a `kind` of its own (mode-change, gauge-change…).
  private enum CodingKeys: String, CodingKey { case step }
  private enum Kind: String, Codable { case leg, transfer, border, document, fee }

  /// Encodes as the step's own fields plus
  /// `"step": "leg" | "transfer" | "border" | "document" | "fee"`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .leg(let leg):
      try container.encode(Kind.leg, forKey: .step)
      try leg.encode(to: encoder)
    case .transfer(let transfer):
      try container.encode(Kind.transfer, forKey: .step)
      try transfer.encode(to: encoder)
    case .border(let border):
      try container.encode(Kind.border, forKey: .step)
      try border.encode(to: encoder)
    case .document(let document):
      try container.encode(Kind.document, forKey: .step)
      try document.encode(to: encoder)
    case .fee(let fee):
      try container.encode(Kind.fee, forKey: .step)
      try fee.encode(to: encoder)
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(Kind.self, forKey: .step) {
    case .leg: self = .leg(try Leg(from: decoder))
    case .transfer: self = .transfer(try TransferStep(from: decoder))
    case .border: self = .border(try BorderStep(from: decoder))
    case .document: self = .document(try DocumentStep(from: decoder))
    case .fee: self = .fee(try FeeStep(from: decoder))
    }
  }
}
