import SilkRoute
import Testing

/// `TransportNetwork` read through its accessors (`TransportNetwork+Lookup`), on the literal
/// network of `LiteralNetwork`: records and ids both ways, the transfer index, cities and
/// terminals, the CSR arcs and what each arc carries.
@Suite struct TransportNetworkTests {
  let network: TransportNetwork

  init() throws { network = try TransportNetwork(LiteralNetwork.data()) }

  func terminal(_ id: String) throws -> TerminalID { try #require(network.terminalID(id)) }

  @Test func idsAndRecordsBothWays() throws {
    let almaty = try #require(network.cityID("almaty"))
    #expect(network.city(almaty).name == "Almaty")
    #expect(network.terminal(try terminal("khorgos-rail")).gauge == .standard)
    #expect(network.service(try #require(network.serviceID("s2"))).carrier == "ktz")
    #expect(network.carrierID("crct") == CarrierID(0))
    #expect(network.carrier("ktz")?.name == "Kazakhstan Temir Zholy")
    #expect(network.territory(try #require(network.territoryID("eaeu"))).id == "eaeu")
    #expect(
      network.borderCrossing(try #require(network.borderCrossingID("khorgos-altynkol"))).toCity == "altynkol")
    #expect(network.cityID("atlantis") == nil && network.terminalID("atlantis") == nil)
    #expect(network.serviceID("g1") == nil)
  }

  @Test func theTransferIndexFindsEveryTransferByID() {
    for (index, record) in network.data.transfers.enumerated() {
      #expect(network.transferID(record.id) == TransferID(index))
      #expect(network.transfer(TransferID(index)).id == record.id)
    }
    #expect(network.transferID("s1") == nil)
  }

  @Test func citiesTerminalsAndTerritories() throws {
    let almaty = try #require(network.cityID("almaty"))
    #expect(network.terminals(in: almaty) == [try terminal("almaty-rail"), try terminal("almaty-road")])
    #expect(network.city(of: try terminal("almaty-road")) == almaty)
    #expect(network.cityOfTerminal("qingdao-sea")?.id == "qingdao")
    #expect(network.cityOfTerminal("atlantis") == nil)
    #expect(network.territory(of: almaty) == network.territoryID("eaeu"))
    #expect(network.mode(of: try terminal("qingdao-sea")) == .sea)
    #expect(network.mode(of: try #require(network.serviceID("s1"))) == .rail)
  }

  @Test func arcsLeavingAndEnteringATerminal() throws {
    let qingdao = try terminal("qingdao-rail")
    let leaving = Array(network.arcs(leaving: qingdao))
    // s1 forward, then m1 back to the port: services before transfers, in file order.
    #expect(leaving.map { network.service(of: $0) } == [network.serviceID("s1"), nil])
    #expect(leaving.map { network.transfer(of: $0) } == [nil, network.transferID("m1")])
    #expect(leaving.allSatisfy { network.tail(of: $0) == qingdao })
    #expect(
      leaving.map { network.head(of: $0) } == [try terminal("khorgos-rail"), try terminal("qingdao-sea")])
    let entering = Array(network.arcs(entering: qingdao))
    #expect(
      Set(entering.map { network.tail(of: $0) }) == [
        try terminal("khorgos-rail"), try terminal("qingdao-sea"),
      ])
    #expect(entering.allSatisfy { network.head(of: $0) == qingdao })
    #expect(Array(network.arcIDs).count == network.arcCount && network.arcCount == 7)
    #expect(network.arcs(leaving: try terminal("almaty-road")).isEmpty)
  }

  @Test func whatEachArcCarries() throws {
    let khorgos = try terminal("khorgos-rail")
    let crossing = try #require(network.arcs(leaving: khorgos).first { network.transfer(of: $0) != nil })
    #expect(
      network.crossing(of: crossing)?.kind
        == .land(try #require(network.borderCrossingID("khorgos-altynkol"))))
    #expect(network.customsCrossings.count == 2)
    #expect(network.timetable(of: crossing) == nil)
    let forward = try #require(network.arcs(leaving: try terminal("qingdao-rail")).first)
    #expect(network.crossing(of: forward) == nil)
    let timetable = try #require(network.timetable(of: forward))
    // Monday 08:00 at UTC+08:00 is Monday 00:00 UTC.
    #expect(timetable.pattern == .weekly([0]))
    let back = try #require(network.arcs(leaving: khorgos).first { network.service(of: $0) != nil })
    #expect(network.timetable(of: back) == nil)
    #expect(network.isValid(forward, onDay: 0))
  }

  @Test func operatorsContractWhatTheirCoverageSays() {
    #expect(network.services(contractedBy: 0) == [ServiceID(0)])
  }
}
