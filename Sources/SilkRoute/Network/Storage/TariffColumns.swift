/// Tariffs as four flat columns of cents (`FlatArray`s, `absent` where a rate is not given):
/// 32 bytes a service in a snapshot, read without building a `Tariff` array.
public struct TariffColumns: RandomAccessCollection, Sendable {
  /// Marks a rate the tariff does not give.
  public static let absent = Int64.min

  package let perTEU: FlatArray<Int64>
  package let perFEU: FlatArray<Int64>
  package let perKilogram: FlatArray<Int64>
  package let minimumCharge: FlatArray<Int64>

  package init(
    perTEU: FlatArray<Int64>, perFEU: FlatArray<Int64>, perKilogram: FlatArray<Int64>,
    minimumCharge: FlatArray<Int64>
  ) {
    precondition(
      perFEU.count == perTEU.count && perKilogram.count == perTEU.count
        && minimumCharge.count == perTEU.count,
      "tariff columns differ in length")
    self.perTEU = perTEU
    self.perFEU = perFEU
    self.perKilogram = perKilogram
    self.minimumCharge = minimumCharge
  }

  public init(_ tariffs: [Tariff]) {
    func column(_ rate: (Tariff) -> Cents?) -> FlatArray<Int64> {
      FlatArray(tariffs.map { rate($0)?.rawValue ?? Self.absent })
    }
    self.init(
      perTEU: column(\.perTEU), perFEU: column(\.perFEU), perKilogram: column(\.perKilogram),
      minimumCharge: column(\.minimumCharge))
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { perTEU.count }

  public subscript(position: Int) -> Tariff {
    func rate(_ value: Int64) -> Cents? { value == Self.absent ? nil : Cents(value) }
    return Tariff(
      perTEU: rate(perTEU[position]), perFEU: rate(perFEU[position]),
      perKilogram: rate(perKilogram[position]),
      minimumCharge: rate(minimumCharge[position]))
  }
}
