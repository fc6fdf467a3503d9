import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteStore

struct CompileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compile",
    abstract: "Compile a database's network into a .silkroute snapshot that opens in milliseconds.",
    discussion: """
      The snapshot holds the routing arrays as flat binary sections (memory-mapped, shared between \
      processes) and the records for names and itineraries, read on demand. Every command reading \
      --db FILE.sqlite uses FILE.silkroute beside it when it was compiled from the same dataset \
      version, and otherwise compiles one into the cache on first use; --db FILE.silkroute reads a \
      snapshot directly.
      """)

  @Option(help: "SQLite database to compile.") var db: String
  @Option(help: "Snapshot to write (default: the database's path with the extension .silkroute).")
  var output: String?

  func run() throws {
    let store = try NetworkStore(path: db)
    let data = try store.load()
    let network = try TransportNetwork(data)
    let version = try store.datasetVersion() ?? NetworkStore.version(of: data)
    let path = output ?? SnapshotCache.besideDatabase(db)
    guard path != db else { throw ValidationError("--output must not be the database itself") }
    try NetworkSnapshot.write(network, dataVersion: version, to: path)
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    print(
      "compiled \(network.terminalCount) terminals, \(data.services.count) services and \(network.arcCount) arcs "
        + "(dataset \(version)) into \(path), \(ByteCountFormatter.string(fromByteCount: Int64(size), countStyle: .file))"
    )
  }
}
