/// One priced step of an itinerary. The steps add up to the totals: the cost is the sum of the
/// steps' costs, the time the sum of their times plus every leg's `waitMinutes`, the CO2 the sum
/// of the legs' and transfers' CO2.
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
