extension LabelSearch {
  /// How a run numbers its states — ((terminal × layers + layer) × contexts + context) × products
  /// + product — and the groups of dominance across document contexts, per (terminal, layer,
  /// product) and kind. Labels carry their place decoded (integer division costs more than the
  /// rest of a relaxation).
  struct StateSpace {
    let layers: Int
    let contexts: Int
    let products: Int

    /// States per terminal.
    var perTerminal: Int { layers * contexts * products }

    @inline(__always) func state(_ place: Place) -> Int {
      ((Int(place.terminal) * layers + Int(place.layer)) * contexts + Int(place.context)) * products
        + Int(place.product)
    }

    /// The group list of `place`'s (terminal, layer, product): kind 0 = carrier contexts, 1 = rail.
    @inline(__always) func group(_ place: Place, _ kind: Int) -> Int {
      ((Int(place.terminal) * layers + Int(place.layer)) * products + Int(place.product)) * 2 + kind
    }
  }
}
