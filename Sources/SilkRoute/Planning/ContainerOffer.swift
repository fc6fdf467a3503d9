/// A loose cargo offered in containers: the cheapest container mix that carries its weight, its
/// route, and how its price compares with the loose cargo's
/// (``RoutePlanner/containerOffer(_:comparedWith:arriveBy:)``).
public struct ContainerOffer: Hashable, Sendable, Codable {
  /// Which of the two answers costs less.
  public enum Cheaper: String, Hashable, Sendable, Codable {
    case containers, loose, same
  }

  /// The container mix (`1xFEU+1xTEU`), loading the whole weight (`loadedKilograms`).
  public var containers: Cargo
  /// The mix's route: the same request's best route for these containers.
  public var itinerary: Itinerary
  /// How many mixes were routed and compared (every mix none of whose containers is spare).
  public var mixesCompared: Int
  /// The loose cargo's route cost, when the offer was compared with one.
  public var looseCostCents: Cents?
  /// The loose cost less the containers' cost: positive when the containers are cheaper.
  public var savingCents: Cents?
  /// Which costs less, when compared with the loose route.
  public var cheaper: Cheaper?

  public init(containers: Cargo, itinerary: Itinerary, mixesCompared: Int, loose: Itinerary? = nil) {
    self.containers = containers
    self.itinerary = itinerary
    self.mixesCompared = mixesCompared
    guard let loose else { return }
    let saving = loose.totals.costCents - itinerary.totals.costCents
    looseCostCents = loose.totals.costCents
    savingCents = saving
    cheaper = saving > .zero ? .containers : saving < .zero ? .loose : .same
  }
}
