extension Cargo.Unit {
  /// Most a container of this type may carry, kilograms (nil for `kg`): a standard dry 20' holds
  /// 28,180 kg and a 40' 26,730 kg, their ISO 668 maximum gross mass of 30,480 kg less a typical
  /// tare of 2,300 kg and 3,750 kg (freightutils.com container specifications, read 2026-12-08;
  /// carriers' own figures differ by some 100 kg).
  public var maximumPayloadKilograms: Int64? {
    switch self {
    case .teu: 28_180
    case .feu: 26_730
    case .kilograms: nil
    }
  }
}

extension Cargo {
  /// Every container mix that can carry this loose cargo and none of whose containers could be
  /// left out: for each number of FEU from none to all-FEU, the fewest TEU that make up the rest
  /// (``Unit/maximumPayloadKilograms``), skipping a mix with as many TEU as one with one FEU less.
  /// Each mix keeps the class and declared value and loads the whole weight
  /// (``loadedKilograms``). Empty for container cargo.
  ///
  /// Adding a container never lowers a route's price (per-container rates and surcharges are not
  /// negative, per-kg rates charge the loaded weight, whatever the mix), so the cheapest mix on
  /// any route is among these.
  public var containerMixes: [Cargo] {
    guard unit == .kilograms, quantity >= 1,
      let teuLimit = Unit.teu.maximumPayloadKilograms, let feuLimit = Unit.feu.maximumPayloadKilograms
    else { return [] }
    let weight = quantity
    let mostFEU = (weight + feuLimit - 1) / feuLimit
    var mixes: [Cargo] = []
    var previousTEU: Int64?
    for feu in 0...mostFEU {
      let rest = weight - feu * feuLimit
      let teu = rest > 0 ? (rest + teuLimit - 1) / teuLimit : 0
      defer { previousTEU = teu }
      if let previousTEU, teu >= previousTEU { continue }
      let loads = [ContainerLoad(feu, .feu), ContainerLoad(teu, .teu)].filter { $0.count > 0 }
      guard var mix = Cargo.mixed(loads, cargoClass: cargoClass) else { continue }
      mix.declaredValue = declaredValue
      mix.loadedKilograms = weight
      mixes.append(mix)
    }
    return mixes
  }
}
