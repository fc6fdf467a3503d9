import ArgumentParser
import SilkRoute
import SilkRouteAPI

struct CitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cities", abstract: "List the cities of the network and their terminals.")

  @Option(help: "table or json.") var format: OutputFormat = .table
  @OptionGroup var database: DatabaseOptions

  func run() throws {
    let network = try database.openNetwork().network
    let entries = CityListing.all(in: network)
    switch format {
    case .json:
      print(String(decoding: try APIJSON.encode(entries), as: UTF8.self))
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
