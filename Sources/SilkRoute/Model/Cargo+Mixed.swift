extension Cargo {
  /// Containers of several types (`2xFEU+1xTEU`), each type once, FEU first; one type gives a
  /// plain container cargo. Nil when `loads` is empty, holds loose cargo, or totals more than
  /// ``maximumContainers`` or a count below 1.
  public static func mixed(_ loads: [ContainerLoad], cargoClass: CargoClass = .general) -> Cargo? {
    var counts: [Unit: Int64] = [:]
    for load in loads {
      guard load.unit != .kilograms, load.count >= 1, load.count <= maximumContainers else { return nil }
      counts[load.unit, default: 0] += load.count
    }
    let merged = [Unit.feu, .teu].compactMap { unit in counts[unit].map { ContainerLoad($0, unit) } }
    guard let first = merged.first, merged.reduce(0, { $0 + $1.count }) <= maximumContainers else {
      return nil
    }
    var cargo = Cargo(unit: first.unit, quantity: first.count, cargoClass: cargoClass)
    if merged.count > 1 { cargo.additionalContainers = Array(merged.dropFirst()) }
    return cargo
  }

  /// Every container of the shipment by type (empty for loose cargo).
  public var containerLoads: [ContainerLoad] {
    unit == .kilograms ? [] : [ContainerLoad(quantity, unit)] + (additionalContainers ?? [])
  }

  /// Parses `2xFEU+1xTEU`: container parts joined by `+` (each as ``init(parsing:cargoClass:)``).
  static func parsingMixed(_ text: String, cargoClass: CargoClass) throws(ParseError) -> Cargo {
    var loads: [ContainerLoad] = []
    for part in text.split(separator: "+", omittingEmptySubsequences: false) {
      let cargo: Cargo
      do {
        cargo = try Cargo(parsingOne: String(part))
      } catch .outOfRange {
        throw .outOfRange(text)
      } catch {
        throw .malformed(text)
      }
      guard cargo.unit != .kilograms else { throw .malformed(text) }
      loads.append(ContainerLoad(cargo.quantity, cargo.unit))
    }
    guard let cargo = mixed(loads, cargoClass: cargoClass) else { throw .outOfRange(text) }
    return cargo
  }
}
