import ArgumentParser
import Foundation
import SilkRoute

extension Objective: ExpressibleByArgument {}
extension CargoClass: ExpressibleByArgument {}

struct CargoArgument: ExpressibleByArgument {
  var cargo: Cargo
  init?(argument: String) {
    guard let cargo = try? Cargo(parsing: argument) else { return nil }
    self.cargo = cargo
  }
}

struct RouteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "route",
    abstract: "Plan the best route between two cities.",
    discussion: """
      Cities match by name, id or alias, ignoring case and diacritics (malaszewicze, ulan bator).
      Cargo: 1xFEU, 2xTEU, 800kg or 1.5t.
      """)

  @Argument(help: "Origin city.") var from: String
  @Argument(help: "Destination city.") var to: String
  @Option(help: "What is shipped: 1xFEU, 2xTEU, 800kg, 1.5t.") var cargo: String = "1xFEU"
  @Option(name: .customLong("cargo-class"), help: "general, reefer, dangerous or ecommerce.")
  var cargoClass: CargoClass = .general
  @Option(help: "cheapest, fastest or greenest.") var objective: Objective = .cheapest
  @Option(help: "table or json.") var format: OutputFormat = .table
  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    do {
      _ = try Cargo(parsing: cargo)
    } catch {
      throw ValidationError(error.description)
    }
  }

  func run() throws {
    let parsedCargo = try Cargo(parsing: cargo, cargoClass: cargoClass)
    let planner = try database.loadPlanner()
    let itinerary = try planner.route(
      RouteQuery(from: from, to: to, cargo: parsedCargo, objective: objective))
    switch format {
    case .table: print(ItineraryTable.render(itinerary), terminator: "")
    case .json: print(try JSONOutput.encode(itinerary))
    }
  }
}

enum JSONOutput {
  static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
