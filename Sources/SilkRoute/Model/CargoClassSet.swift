/// A set of cargo classes, one bit each.
public struct CargoClassSet: OptionSet, Sendable, BitwiseCopyable, Hashable, Codable {
  public var rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public init(_ cargoClass: CargoClass) {
    self.init(rawValue: 1 << UInt8(CargoClass.allCases.firstIndex(of: cargoClass) ?? 0))
  }
  public init<S: Sequence>(_ classes: S) where S.Element == CargoClass {
    self.init(rawValue: 0)
    for cargoClass in classes { insert(CargoClassSet(cargoClass)) }
  }
  public func contains(_ cargoClass: CargoClass) -> Bool { contains(CargoClassSet(cargoClass)) }
  public var classes: [CargoClass] { CargoClass.allCases.filter { contains($0) } }
}
