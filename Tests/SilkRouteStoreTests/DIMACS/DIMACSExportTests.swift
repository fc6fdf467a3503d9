import SilkRoute
import Testing

@testable import SilkRouteStore

@Suite struct DIMACSExportTests {
  @Test func writesOneArcPerUsableArcWithExactWeights() throws {
    let network = try TransportNetwork(Fixture.data())
    let text = DIMACSExport.graph(network, weight: .cost)
    let lines = text.split(separator: "\n")
    let problem = try #require(lines.first { $0.hasPrefix("p sp ") })
    let arcs = lines.filter { $0.hasPrefix("a ") }
    #expect(problem == "p sp \(network.terminalCount) \(arcs.count)")
    // Every arc of the fixture is usable by one FEU: one line each, endpoints 1-based.
    #expect(arcs.count == network.arcCount)
    let model = CargoCostModel(network: network, cargo: .containers(1, .feu))
    for (arc, line) in arcs.enumerated() {
      let fields = line.split(separator: " ").compactMap { Int64($0) }
      #expect(fields.count == 3)
      #expect(
        fields[0] == Int64(network.arcTail[arc].index + 1)
          && fields[1] == Int64(network.arcHead[arc].index + 1))
      #expect(fields[2] == max(model.weight(of: arc)?.cost.rawValue ?? 0, 1))
    }
  }

  @Test func timeAndCO2Weights() throws {
    let network = try TransportNetwork(Fixture.data())
    let time = DIMACSExport.graph(network, weight: .time)
    #expect(time.contains("weight time in minutes"))
    let co2 = DIMACSExport.graph(network, weight: .co2)
    // Transfers emit nothing: their zero CO2 is written as 1 and counted in the header.
    #expect(co2.contains("zero weights written as 1"))
    #expect(!co2.contains(" 0\n"))
  }
}
