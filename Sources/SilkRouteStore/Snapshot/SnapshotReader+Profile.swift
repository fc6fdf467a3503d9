import SilkRoute

extension SnapshotReader {
  /// The compiled default query profile, checked as the network's own arrays are (lengths, ids in
  /// range, graphs consistent); nil when the snapshot holds none.
  func profile(
    terminals: Int, arcs: Int, territories: Int, decoder: RecordDecoder
  ) throws(SnapshotError) -> CompiledProfile? {
    guard file.sections[SnapshotSection.profileScalars.rawValue] != nil else { return nil }
    let scalars = try flat(.profileScalars, Int64.self, count: SnapshotLayout.profileScalarCount)
    func scalar(_ which: SnapshotLayout.ProfileScalar) -> Int64 { scalars[which.rawValue] }
    let cargo: Cargo
    do {
      cargo = try decoder.decode(Cargo.self, from: try file.section(SnapshotSection.profileCargo.rawValue))
    } catch {
      throw SnapshotError(.corrupt, file.path, "the compiled profile's cargo does not decode")
    }
    guard SnapshotLayout.routeTotalsLayoutMatches else {
      throw SnapshotError(.corrupt, file.path, "this build lays out route totals differently")
    }
    let transitArc = try flat(.profileTransitArc, Int32.self, count: nil)
    let transitTerritory = try flat(.profileTransitTerritory, TerritoryID.self, count: transitArc.count)
    guard transitArc.allSatisfy({ $0 >= 0 && Int($0) < arcs }),
      transitTerritory.allSatisfy({ $0.index >= 0 && $0.index < territories }),
      (0...255).contains(scalar(.modes)), (0...3).contains(scalar(.landmarkCount))
    else {
      throw SnapshotError(
        .corrupt, file.path, "the compiled profile names an arc or territory that is not there")
    }
    return CompiledProfile(
      cargo: cargo, modes: UInt8(scalar(.modes)),
      day: scalar(.hasDay) != 0 ? Int32(truncatingIfNeeded: scalar(.day)) : nil,
      firstDay: Int32(truncatingIfNeeded: scalar(.firstDay)),
      lastDay: Int32(truncatingIfNeeded: scalar(.lastDay)),
      servesUndated: scalar(.servesUndated) != 0, usable: try booleans(.profileUsable, count: arcs),
      weight: try flat(.profileWeight, RouteTotals.self, count: arcs),
      inTransit: try booleans(.profileInTransit, count: arcs), transitArc: transitArc,
      transitTerritory: transitTerritory,
      transitClearance: try flat(.profileTransitClearance, RouteTotals.self, count: transitArc.count),
      graphs: try CompiledProfile.graphSlots.indices.map { (slot) throws(SnapshotError) in
        if scalar(.compiledGraphMask) & (1 << slot) == 0 { return .notCompiled }
        if scalar(.graphMask) & (1 << slot) == 0 { return .tooHeavy }
        return .built(try graph(slot, scalars, terminals: terminals, arcs: arcs))
      },
      landmarks: try (0..<Int(scalar(.landmarkCount))).map { (index) throws(SnapshotError) in
        scalar(.landmarkMask) & (1 << index) == 0 ? nil : try landmarks(index, terminals: terminals)
      })
  }

  private func graph(_ slot: Int, _ scalars: FlatArray<Int64>, terminals: Int, arcs: Int)
    throws(SnapshotError)
    -> ScalarGraph
  {
    func part<Element: BitwiseCopyable>(_ part: Int, _ type: Element.Type) throws(SnapshotError) -> FlatArray<
      Element
    > {
      try flat(SnapshotSection.profileGraph(slot, part), type, count: nil)
    }
    let graph = ScalarGraph(
      nodeCount: terminals, firstOut: try part(0, UInt32.self), arcs: try part(1, ScalarGraph.PackedArc.self),
      tails: try part(2, UInt32.self), originalArc: try part(3, UInt32.self),
      internalNode: try part(4, UInt32.self), originalNode: try part(5, UInt32.self),
      distanceBound: UInt64(bitPattern: scalars[SnapshotLayout.profileGraphScalar(slot)]),
      inputArcCount: Int(scalars[SnapshotLayout.profileGraphScalar(slot) + 1]))
    guard graph.isWellFormed(inputArcLimit: arcs) else {
      throw SnapshotError(
        .corrupt, file.path, "the compiled profile's kernel graph \(slot) disagrees with itself")
    }
    return graph
  }

  private func landmarks(_ index: Int, terminals: Int) throws(SnapshotError) -> Landmarks {
    let nodes = try flat(SnapshotSection.profileLandmarks(index, 0), Int64.self, count: nil)
    guard nodes.count <= 64,
      let landmarks = Landmarks(
        nodes: nodes.map { Int(truncatingIfNeeded: $0) },
        from: try flat(SnapshotSection.profileLandmarks(index, 1), UInt64.self, count: nil),
        to: try flat(SnapshotSection.profileLandmarks(index, 2), UInt64.self, count: nil),
        nodeCount: terminals)
    else {
      throw SnapshotError(
        .corrupt, file.path, "the compiled profile's landmarks \(index) disagree with the network")
    }
    return landmarks
  }
}
