import SilkRoute
import SilkRouteGeoJSON
import Testing

struct NetworkSelectionTests {
  let network = ReferenceNetwork.network

  @Test func everythingByDefault() throws {
    let all = try NetworkSelection.all.resolve(in: network)
    #expect(all.services.count == network.data.services.count)
    #expect(all.cities.count == network.cityCount)
    #expect(all.isWholeNetwork)
  }

  @Test func modesKeepTheirServicesOnly() throws {
    let sea = try NetworkSelection(modes: [.sea]).resolve(in: network)
    #expect(!sea.services.isEmpty)
    #expect(sea.services.allSatisfy { network.data.services[$0].mode == .sea })
    // Gauge changes are rail: none without rail.
    #expect(sea.transfers.allSatisfy { network.data.transfers[$0].kind != .gaugeChange })
  }

  @Test func countriesKeepServicesTouchingThem() throws {
    let selected = try NetworkSelection(countries: ["kz", "Uzbekistan"]).resolve(in: network)
    for index in selected.services {
      let service = network.data.services[index]
      let countries = [service.from, service.to].compactMap { network.cityOfTerminal($0)?.country }
      #expect(countries.contains("KZ") || countries.contains("UZ"), "\(service.id)")
    }
    let names = Set(selected.cities.map { network.data.cities[$0].name })
    #expect(names.isSuperset(of: ["Almaty", "Astana", "Tashkent", "Samarkand"]))
  }

  @Test func fromKeepsWhatIsWithinSomeLegs() throws {
    let one = try NetworkSelection(from: "Almaty").resolve(in: network)
    let two = try NetworkSelection(from: "Almaty", hops: 2).resolve(in: network)
    let almaty = try #require(network.cityIndex["almaty"])
    #expect(one.origin == almaty)
    #expect(one.services.count < two.services.count)
    // With one leg every service starts or ends at Almaty, or beyond a transfer from it.
    for index in one.services {
      let service = network.data.services[index]
      #expect(
        [service.from, service.to].contains { network.cityOfTerminal($0)?.id == "almaty" }, "\(service.id)")
    }
  }

  @Test func errorsNameWhatIsWrong() {
    #expect(throws: SelectionError.invalidHops(0)) {
      try NetworkSelection(from: "Almaty", hops: 0).resolve(in: network)
    }
    #expect {
      try NetworkSelection(countries: ["Narnia"]).resolve(in: network)
    } throws: { error in
      "\(error)".hasPrefix("unknown country 'Narnia'") && "\(error)".contains("KZ")
    }
    #expect {
      try NetworkSelection(from: "Tashkennt").resolve(in: network)
    } throws: { error in
      "\(error)" == "unknown city 'Tashkennt': did you mean 'Tashkent'?"
    }
  }
}
