import ArgumentParser
import SilkRouteServer

/// `silkroute serve`: the HTTP service (`POST /v1/routes` and friends) over the loaded network,
/// until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve route quotes over HTTP (POST /v1/routes, GET /v1/cities, /openapi.json …).")

  @Option(help: "Address to listen on.") var host = "127.0.0.1"
  @Option(help: "TCP port (0: any free port).") var port = 8080
  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
    guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
  }

  func run() async throws {
    let service = try database.loadService()
    try await SilkRouteServer.run(
      service: service,
      configuration: ServerConfiguration(
        host: host, port: port,
        networkTitle: database.db == nil ? "SCODA multimodal freight network" : nil))
  }
}
