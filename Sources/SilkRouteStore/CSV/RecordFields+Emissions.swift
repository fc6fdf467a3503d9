import SilkRoute

extension RecordFields {
  /// The energy carriers an emission factor row may name.
  static let energyCarriers = ["diesel", "electricity", "marine-diesel", "jet-kerosene", "mixed"]

  static func fields(_ r: EmissionFactorRecord) -> Fields {
    func integer(_ value: Int64?) -> FieldValue { value.map { .integer($0) } ?? .null }
    var fields = Fields(table: DataTables.emissionFactors.name)
    for (name, value) in [
      ("id", FieldValue.text(r.id)), ("kind", .text(r.kind.rawValue)), ("mode", .text(r.mode.rawValue)),
      ("co2_g_per_tkm", integer(r.wtwIntensity?.rawValue)),
      ("energy", r.energy.isEmpty ? .null : .text(r.energy)),
      ("ttw_g_per_tkm", integer(r.ttwIntensity?.rawValue)), ("hub_wtw_g_per_t", integer(r.hubWTW?.rawValue)),
      ("hub_ttw_g_per_t", integer(r.hubTTW?.rawValue)), ("source", .list(r.sources)), ("note", .text(r.note)),
    ] {
      fields.values[name] = value
    }
    return fields
  }

  /// Appends the emission factor row `f` describes to `data`.
  static func appendEmissionFactor(_ f: Fields, to data: inout NetworkData) throws(StoreError) {
    let wtw = try f.optionalInteger("co2_g_per_tkm")
    let ttw = try f.optionalInteger("ttw_g_per_tkm")
    let hubWTW = try f.optionalInteger("hub_wtw_g_per_t")
    let hubTTW = try f.optionalInteger("hub_ttw_g_per_t")
    let record = EmissionFactorRecord(
      id: try f.text("id"), kind: try f.choice("kind", EmissionFactorRecord.Kind.self),
      mode: try f.choice("mode", Mode.self), wtwIntensity: wtw.map { GramsPerTonneKilometre($0) },
      energy: f.values["energy"]?.text ?? "", ttwIntensity: ttw.map { GramsPerTonneKilometre($0) },
      hubWTW: hubWTW.map { GramsPerTonne($0) }, hubTTW: hubTTW.map { GramsPerTonne($0) },
      sources: try f.list("source"), note: try f.text("note"))
    data.emissionFactors.append(record)
  }
}
