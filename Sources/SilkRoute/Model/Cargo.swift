import Foundation

/// What is shipped: a number of containers or a weight, and its class.
public struct Cargo: Hashable, Sendable, Codable, CustomStringConvertible {
  public enum Unit: String, Sendable, Codable, Hashable, CaseIterable {
    /// Twenty-foot equivalent unit (a 20' container).
    case teu = "TEU"
    /// Forty-foot equivalent unit (a 40' container).
    case feu = "FEU"
    /// Loose cargo by weight (LCL, groupage, air freight, parcels).
    case kilograms = "kg"
  }

  /// Average payload assumed per container for per-kg tariffs and CO2 (GLEC Framework default of
  /// 10 t per loaded TEU; an FEU counts as two TEU).
  public static let kilogramsPerTEU: Int64 = 10_000

  public var unit: Unit
  /// Number of containers, or kilograms.
  public var quantity: Int64
  public var cargoClass: CargoClass
  /// Declared value of the goods, for liability exposure.
  public var declaredValue: Cents?
  /// Mixed equipment: containers of another type shipped with `quantity` × `unit`
  /// (`2xFEU+1xTEU` is 2 FEU with 1 TEU here); nil for one type (see ``mixed(_:cargoClass:)``).
  public var additionalContainers: [ContainerLoad]?
  /// Containers only: the weight they carry when it is known (a loose cargo offered in
  /// containers, see ``containerMixes``); per-kg tariffs and CO2 then count it. Nil: each
  /// container counts its GLEC default payload.
  public var loadedKilograms: Int64?

  public init(unit: Unit, quantity: Int64, cargoClass: CargoClass = .general, declaredValue: Cents? = nil) {
    self.unit = unit
    self.quantity = quantity
    self.cargoClass = cargoClass
    self.declaredValue = declaredValue
  }

  public static func containers(_ count: Int64, _ unit: Unit) -> Cargo {
    Cargo(unit: unit, quantity: count)
  }
  public static func kilograms(_ kilograms: Int64) -> Cargo {
    Cargo(unit: .kilograms, quantity: kilograms)
  }

  /// Weight moved, used for per-kg tariffs on container cargo and for emissions.
  public var payloadKilograms: Int64 {
    switch unit {
    case .teu, .feu: loadedKilograms ?? containerLoads.reduce(0) { $0 + $1.payloadKilograms }
    case .kilograms: quantity
    }
  }

  public var description: String {
    switch unit {
    case .teu, .feu:
      containerLoads.map(\.description).joined(separator: "+") + (loadedKilograms.map { " (\($0)kg)" } ?? "")
    case .kilograms: "\(quantity)kg"
    }
  }
}

extension Cargo {
  /// Largest quantity accepted: keeps every tariff and CO2 product far inside `Int64`.
  public static let maximumContainers: Int64 = 10_000
  public static let maximumKilograms: Int64 = 100_000_000

  public enum ParseError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case outOfRange(String)

    public var description: String {
      switch self {
      case .malformed(let text):
        "malformed cargo '\(ErrorWording.escaped(text))': expected a count and unit like 1xFEU, 2xTEU, a mix like 2xFEU+1xTEU or a weight like 800kg"
      case .outOfRange(let text):
        "cargo '\(ErrorWording.escaped(text))' is out of range: 1 to \(Cargo.maximumContainers) containers or 1 to \(Cargo.maximumKilograms) kg"
      }
    }
  }

  /// Parses `1xFEU`, `2xTEU`, `FEU`, `2xFEU+1xTEU`, `800kg`, `1.5t` (case-insensitive, spaces
  /// ignored).
  public init(parsing text: String, cargoClass: CargoClass = .general) throws(ParseError) {
    if text.contains("+") {
      self = try Cargo.parsingMixed(text, cargoClass: cargoClass)
    } else {
      try self.init(parsingOne: text)
      self.cargoClass = cargoClass
    }
  }

  /// One container type or a weight.
  init(parsingOne text: String) throws(ParseError) {
    let compact = text.lowercased().filter { !$0.isWhitespace }
    func count(_ digits: Substring) throws(ParseError) -> Int64 {
      if digits.isEmpty { return 1 }
      guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
        let value = Int64(digits)
      else { throw .malformed(text) }
      return value
    }
    let unit: Unit
    let quantity: Int64
    if compact.hasSuffix("teu") || compact.hasSuffix("feu") {
      unit = compact.hasSuffix("teu") ? .teu : .feu
      var number = compact.dropLast(3)
      if number.hasSuffix("x") || number.hasSuffix("×") { number = number.dropLast() }
      quantity = try count(number)
      guard (1...Cargo.maximumContainers).contains(quantity) else { throw .outOfRange(text) }
    } else if compact.hasSuffix("kg") || compact.hasSuffix("t") {
      let isTonnes = !compact.hasSuffix("kg")
      let number = compact.dropLast(isTonnes ? 1 : 2)
      guard !number.isEmpty else { throw .malformed(text) }
      let parts = number.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count <= 2, !parts[0].isEmpty else { throw .malformed(text) }
      let whole = try count(parts[0])
      var kilograms = whole
      if parts.count == 2 {
        // Decimals allowed only down to whole kilograms.
        let fraction = parts[1]
        let scale = isTonnes ? 3 : 0
        guard !fraction.isEmpty, fraction.count <= scale,
          let fractionValue = Int64(fraction.padding(toLength: scale, withPad: "0", startingAt: 0))
        else { throw .malformed(text) }
        let (tonnes, overflow) = whole.multipliedReportingOverflow(by: 1000)
        kilograms = overflow ? -1 : tonnes + fractionValue
      } else if isTonnes {
        let (tonnes, overflow) = whole.multipliedReportingOverflow(by: 1000)
        kilograms = overflow ? -1 : tonnes
      }
      unit = .kilograms
      quantity = kilograms
      guard (1...Cargo.maximumKilograms).contains(quantity) else { throw .outOfRange(text) }
    } else {
      throw .malformed(text)
    }
    self.init(unit: unit, quantity: quantity)
  }
}
