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

  /// The mixes worth routing for a container offer: all TEU, all FEU, and of the mixes holding
  /// both, those on the lower convex hull of their (FEU, TEU) counts — a few, where
  /// ``containerMixes`` may hold thousands (100,000 t: some 3,500).
  ///
  /// Exact: on any route, a mix's price is the same linear function of its FEU and TEU counts,
  /// with non-negative coefficients, for every mix of its kind (only TEU, only FEU, or both — a
  /// leg without a rate for a type the mix holds charges the whole payload per kg, the same for
  /// all mixes of the kind). The minimum of such a function over a kind's mixes lies on a vertex
  /// of their lower convex hull.
  public var containerOfferMixes: [Cargo] {
    // Each mix with its counts, read once.
    let mixes = containerMixes.map { mix in
      let loads = mix.containerLoads
      return (
        mix: mix, feu: loads.first { $0.unit == .feu }?.count ?? 0,
        teu: loads.first { $0.unit == .teu }?.count ?? 0
      )
    }
    // Both kinds held, by FEU count ascending (the TEU count then descends).
    let mixed = mixes.filter { $0.feu > 0 && $0.teu > 0 }.sorted { $0.feu < $1.feu }
    var hull: [(mix: Cargo, feu: Int64, teu: Int64)] = []
    for c in mixed {
      while hull.count >= 2 {
        let (a, b) = (hull[hull.count - 2], hull[hull.count - 1])
        // b is above or on the segment a–c: not a vertex of the lower hull.
        let cross = (b.feu - a.feu) * (c.teu - a.teu) - (b.teu - a.teu) * (c.feu - a.feu)
        guard cross <= 0 else { break }
        hull.removeLast()
      }
      hull.append(c)
    }
    return (mixes.filter { $0.feu == 0 } + hull + mixes.filter { $0.teu == 0 }).map(\.mix)
  }
}
