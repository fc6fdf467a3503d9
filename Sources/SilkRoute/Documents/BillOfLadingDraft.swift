/// A draft multimodal transport document with the fields a FIATA FBL or UNCTAD/ICC multimodal
/// document needs. Parties are placeholders: the booking system fills them in.
public struct BillOfLadingDraft: Hashable, Sendable, Codable {
  public struct RouteLeg: Hashable, Sendable, Codable {
    public var mode: Mode
    public var carrier: String
    public var from: String
    public var to: String
    public var document: DocumentRegime
  }
  public struct Freight: Hashable, Sendable, Codable {
    public var mode: String
    public var amountCents: Cents
  }

  public var documentType: String
  /// The multimodal transport operator issuing it, or nil when no single operator can.
  public var multimodalTransportOperator: String?
  public var shipper: String
  public var consignee: String
  public var notifyParty: String
  public var placeOfReceipt: String
  public var placeOfDelivery: String
  /// ISO 8601 or "to be advised" when the query had no departure.
  public var dateOfTakingInCharge: String
  public var expectedDateOfDelivery: String
  public var intendedRoute: [RouteLeg]
  public var modes: [Mode]
  public var placesOfTransshipment: [String]
  public var goods: String
  public var declaredValueCents: Cents?
  public var freight: [Freight]
  public var freightTotalCents: Cents
  public var numberOfOriginals: Int
  public var liability: String
  /// Set when the route cannot travel under one through B/L: the draft is then indicative only.
  public var warning: String?

  public init(itinerary: Itinerary, network: TransportNetwork) {
    let plan = itinerary.documentPlan
    let operatorRecord = plan?.issuer.flatMap { name in network.records.operators.first { $0.name == name } }
    let legs = itinerary.legs
    documentType =
      legs.contains { $0.mode == .sea }
      ? "FIATA FBL — negotiable multimodal transport bill of lading (UNCTAD/ICC Rules)"
      : "FIATA FBL — multimodal transport bill of lading (UNCTAD/ICC Rules)"
    multimodalTransportOperator = plan?.kind == .throughBillOfLading ? plan?.issuer : nil
    shipper = "[shipper: name and address]"
    consignee = "[consignee: name and address, or 'to order']"
    notifyParty = "[notify party]"
    func place(_ terminal: TerminalRef?) -> String {
      guard let terminal else { return "" }
      return "\(terminal.name), \(terminal.city.name) (\(terminal.city.country))"
    }
    placeOfReceipt = place(legs.first?.from)
    placeOfDelivery = place(legs.last?.to)
    dateOfTakingInCharge = itinerary.departure?.iso8601 ?? "to be advised"
    expectedDateOfDelivery = itinerary.arrival?.iso8601 ?? "to be advised"
    intendedRoute = legs.map {
      RouteLeg(
        mode: $0.mode, carrier: $0.carrierName, from: $0.from.city.name, to: $0.to.city.name,
        document: $0.document)
    }
    modes = itinerary.totals.modes
    var transshipments: [String] = []
    for (previous, next) in zip(legs, legs.dropFirst())
    where previous.mode != next.mode || previous.carrier != next.carrier {
      if transshipments.last != next.from.city.name { transshipments.append(next.from.city.name) }
    }
    placesOfTransshipment = transshipments
    let cargo = itinerary.cargo
    let unit: String =
      switch cargo.unit {
      case .teu: "x 20' container (TEU)"
      case .feu: "x 40' container (FEU)"
      case .kilograms: "kg"
      }
    let count = cargo.additionalContainers == nil ? "\(cargo.quantity) \(unit)" : "\(cargo) containers"
    goods =
      "\(count), \(cargo.cargoClass.rawValue) cargo, about \(cargo.payloadKilograms) kg gross"
      + " — [description, marks and numbers, packages]"
    declaredValueCents = cargo.declaredValue
    var byMode: [Mode: Cents] = [:]
    for leg in legs { byMode[leg.mode, default: .zero] += leg.costCents }
    var freight = Mode.allCases.compactMap { mode in
      byMode[mode].map { Freight(mode: mode.rawValue, amountCents: $0) }
    }
    let handling = itinerary.totals.costCents - legs.reduce(Cents.zero) { $0 + $1.costCents }
    if handling != .zero {
      freight.append(Freight(mode: "handling, customs and documents", amountCents: handling))
    }
    self.freight = freight
    freightTotalCents = itinerary.totals.costCents
    numberOfOriginals = operatorRecord?.originals ?? 3
    let limit = operatorRecord?.liabilityPerKilogram.map { "\($0.description) per kg" } ?? "8.33 SDR per kg"
    liability =
      "Network liability (UNCTAD/ICC Rules, ICC 481): where the stage of loss is known, the limit of that "
      + "stage's regime applies (see the document plan); otherwise \(limit), or 2 SDR per kg / 666.67 SDR per "
      + "package where the carriage includes sea."
    switch plan?.kind {
    case .throughBillOfLading:
      warning = nil
    case .singleCarrierDocument:
      warning =
        "one \(legs.first?.document.displayName ?? "carrier's document") covers the whole route: a multimodal B/L is not needed"
    case .segmented, nil:
      warning =
        "indicative only: this route does not travel under one through B/L (\(plan?.reason ?? "no operator"))"
    }
  }
}
