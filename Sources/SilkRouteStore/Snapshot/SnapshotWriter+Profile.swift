import SilkRoute

extension SnapshotWriter {
  /// The compiled default query profile (`CompiledProfile`): the network's own when it was opened
  /// from a snapshot, else compiled now (what the first default query would build).
  func profileSections(_ encoder: RecordEncoder) throws -> [(tag: UInt32, bytes: [UInt8])] {
    let profile =
      network.compiledProfile ?? CompiledProfile.compile(network, landmarkThreshold: landmarkThreshold)
    var scalars = [Int64](repeating: 0, count: SnapshotLayout.profileScalarCount)
    func set(_ scalar: SnapshotLayout.ProfileScalar, _ value: Int64) { scalars[scalar.rawValue] = value }
    set(.modes, Int64(profile.modes))
    set(.hasDay, profile.day == nil ? 0 : 1)
    set(.day, Int64(profile.day ?? 0))
    set(.firstDay, Int64(profile.firstDay))
    set(.lastDay, Int64(profile.lastDay))
    set(.servesUndated, profile.servesUndated ? 1 : 0)
    set(.landmarkCount, Int64(profile.landmarks.count))
    var sections: [(tag: UInt32, bytes: [UInt8])] = [
      (SnapshotSection.profileCargo.rawValue, try encoder.encode(profile.cargo)),
      (SnapshotSection.profileUsable.rawValue, Self.bytes(profile.usable)),
      (SnapshotSection.profileWeight.rawValue, Self.bytes(profile.weight)),
      (SnapshotSection.profileInTransit.rawValue, Self.bytes(profile.inTransit)),
      (SnapshotSection.profileTransitArc.rawValue, Self.bytes(profile.transitArc)),
      (SnapshotSection.profileTransitTerritory.rawValue, Self.bytes(profile.transitTerritory)),
      (SnapshotSection.profileTransitClearance.rawValue, Self.bytes(profile.transitClearance)),
    ]
    for (slot, compiled) in profile.graphs.enumerated() {
      if case .notCompiled = compiled { continue }
      scalars[SnapshotLayout.ProfileScalar.compiledGraphMask.rawValue] |= 1 << slot
      guard let graph = compiled.graph else { continue }
      scalars[SnapshotLayout.ProfileScalar.graphMask.rawValue] |= 1 << slot
      scalars[SnapshotLayout.profileGraphScalar(slot)] = Int64(bitPattern: graph.distanceBound)
      scalars[SnapshotLayout.profileGraphScalar(slot) + 1] = Int64(graph.inputArcCount)
      let parts = [
        Self.bytes(graph.firstOut), Self.bytes(graph.arcs), Self.bytes(graph.tails),
        Self.bytes(graph.originalArc), Self.bytes(graph.internalNode), Self.bytes(graph.originalNode),
      ]
      for (part, bytes) in parts.enumerated() {
        sections.append((SnapshotSection.profileGraph(slot, part), bytes))
      }
    }
    for (index, landmarks) in profile.landmarks.enumerated() {
      guard let landmarks else { continue }
      scalars[SnapshotLayout.ProfileScalar.landmarkMask.rawValue] |= 1 << index
      let parts = [
        Self.bytes(FlatArray(landmarks.nodes.map { Int64($0) })), Self.bytes(landmarks.from),
        Self.bytes(landmarks.to),
      ]
      for (part, bytes) in parts.enumerated() {
        sections.append((SnapshotSection.profileLandmarks(index, part), bytes))
      }
    }
    sections.append((SnapshotSection.profileScalars.rawValue, Self.bytes(FlatArray(scalars))))
    return sections
  }
}
