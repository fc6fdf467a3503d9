import SilkRoute
import Testing

@testable import SilkRouteAPI

/// A request error puts each front-end's names in front of one message.
@Suite struct RequestErrorTests {
  @Test func namesTheFieldItsOwnWay() {
    let error = RequestError(field: "constraints.maxLegs", message: "must be at least 1")
    #expect(error.description == "constraints.maxLegs: must be at least 1")
    #expect(error.message(naming: RequestField.flag(forPath:)) == "--max-legs: must be at least 1")
    #expect(error.otherFields.isEmpty)
  }

  @Test func namesBothFieldsOfAConflict() {
    let error = RequestError(
      field: "alternatives", message: "ask for either a Pareto front or alternatives",
      conflictsWith: ["pareto"])
    #expect(error.description == "alternatives with pareto: ask for either a Pareto front or alternatives")
    #expect(
      error.message(naming: RequestField.flag(forPath:))
        == "--alternatives with --pareto: ask for either a Pareto front or alternatives")
    let three = RequestError(field: "a", message: "m", conflictsWith: ["b", "c"])
    #expect(three.description == "a with b and c: m")
  }
}
