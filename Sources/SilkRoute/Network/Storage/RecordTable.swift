/// The tables of `NetworkData`, as a compiled snapshot stores them: each record encoded on its
/// own, so that one can be read without the others.
public enum RecordTable: String, CaseIterable, Sendable {
  case sources, customsTerritories, countries, cities, terminals, carriers, services, transfers
  case borderCrossings, timetables, documentRegimes, operators, operatorCoverage, cargoClassSurcharges
  case emissionFactors
  case exchangeRates
}
