import SilkRoute
import SilkRouteAPI

extension PlanRequest {
  /// Whether answering may take many searches or a large one: a Pareto front, alternatives (a
  /// search per candidate), a latest departure (a search per probe) or via points (a layer of the
  /// search per via city).
  var isHeavy: Bool { mode != .best || !query.constraints.via.isEmpty }
}
