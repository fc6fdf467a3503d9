import Testing

@testable import SilkRouteCLI

/// `--pareto` alone means every standard criterion; with a list (even a wrong one, for the
/// validator to name) or one criterion it is left as given.
@Suite struct SilkRouteCommandTests {
  @Test func aBareParetoGetsTheStandardCriteria() {
    #expect(
      SilkRouteCommand.defaultingParetoCriteria(["route", "A", "B", "--pareto"])
        == ["route", "A", "B", "--pareto", "cost,time,co2"])
    #expect(
      SilkRouteCommand.defaultingParetoCriteria(["route", "A", "B", "--pareto", "--format", "json"])
        == ["route", "A", "B", "--pareto", "cost,time,co2", "--format", "json"])
  }

  @Test func givenCriteriaAreLeftAlone() {
    for arguments in [
      ["route", "A", "B", "--pareto", "cost,time"], ["route", "A", "B", "--pareto", "TIME"],
      ["route", "A", "B", "--pareto", "cost,speed"], ["route", "A", "B"],
    ] {
      #expect(SilkRouteCommand.defaultingParetoCriteria(arguments) == arguments, "\(arguments)")
    }
  }
}
