import ArgumentParser
import SilkRoute

struct CitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cities", abstract: "List the cities of the network and their terminals.")

  @Option(help: "table or json.") var format: OutputFormat = .table
  @OptionGroup var database: DatabaseOptions

  struct CityEntry: Codable {
    var id: String
    var name: String
    var country: String
    var latitude: Double
    var longitude: Double
    var locode: String?
    var aliases: [String]
    var status: String
    var terminals: [TerminalEntry]
  }
  struct TerminalEntry: Codable {
    var id: String
    var mode: Mode
    var name: String
    var gaugeMm: Int?
  }

  func run() throws {
    let network = try database.openStore().loadNetwork()
    let entries = network.data.cities.enumerated().map { index, city in
      CityEntry(
        id: city.id, name: city.name, country: city.country, latitude: city.latitude,
        longitude: city.longitude, locode: city.locode.isEmpty ? nil : city.locode,
        aliases: city.aliases, status: city.status.rawValue,
        terminals: network.cityTerminals[index].map { id in
          let terminal = network.terminal(id)
          return TerminalEntry(
            id: terminal.id, mode: terminal.mode, name: terminal.name,
            gaugeMm: terminal.gauge?.millimetres)
        })
    }
    switch format {
    case .json:
      print(try JSONOutput.encode(entries))
    case .table:
      var rows = [["city", "country", "lat", "lon", "terminals"]]
      for entry in entries {
        let terminals = entry.terminals.map { terminal in
          terminal.mode.rawValue + (terminal.gaugeMm.map { "(\($0))" } ?? "")
        }
        rows.append([
          entry.name, entry.country, String(entry.latitude), String(entry.longitude),
          terminals.joined(separator: " "),
        ])
      }
      print(ItineraryTable.layout(rows, rightAligned: []), terminator: "")
      let countries = Set(entries.map(\.country)).count
      print("\(entries.count) cities in \(countries) countries")
    }
  }
}
