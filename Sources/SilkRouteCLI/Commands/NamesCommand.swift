import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteAPI

/// `silkroute names countries|carriers|crossings|places|cities`: what a route option may name.
struct NamesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names",
    abstract: "List the names route options accept: countries, carriers, crossings, places or cities.",
    discussion: """
      countries: --avoid-country; carriers: --avoid-carrier; crossings: --avoid-crossing (border
      crossings, straits and canals); places: --close and --delay (cities, terminals, services,
      transfers, crossings); cities: the route's ends and --via.
      """)

  @Argument(help: "countries, carriers, crossings, places or cities.") var kind: String
  @Option(help: "table or json.") var format: OutputFormat = .table
  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    guard NameListing.kinds[kind.lowercased()] != nil else {
      throw ValidationError(
        "unknown kind '\(ErrorWording.escaped(kind))': use \(NameListing.kinds.keys.sorted().joined(separator: ", "))"
      )
    }
  }

  func run() throws {
    guard let nameKind = NameListing.kinds[kind.lowercased()] else { return }
    let entries = NameListing.all(nameKind, in: try database.openNetwork().network)
    switch format {
    case .json:
      print(String(decoding: try APIJSON.encode(entries), as: UTF8.self))
    case .table:
      let rows = [["id", "name", "type"]] + entries.map { [$0.id, $0.name, $0.type] }
      print(ItineraryTable.layout(rows, rightAligned: []), terminator: "")
    }
  }
}
