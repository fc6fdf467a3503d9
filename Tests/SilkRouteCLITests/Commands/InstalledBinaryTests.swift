import Foundation
import Testing

/// `swift build` plus one copy is a whole install: the `silkroute` binary, copied into an empty
/// folder and run from outside the repository with no `SILKROUTE_DATA`, has the bundled network
/// (compiled into it) and answers as it does in the tree.
@Suite struct InstalledBinaryTests {
  @Test func aCopiedBinaryRoutesOnTheBundledNetwork() throws {
    let runner = CommandRunner(name: "installed-binary")
    let install = runner.scratch.appendingPathComponent("install")
    let home = runner.scratch.appendingPathComponent("elsewhere")
    let cache = runner.scratch.appendingPathComponent("installed-cache")
    try? FileManager.default.removeItem(at: runner.scratch)
    for folder in [install, home] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    defer { try? FileManager.default.removeItem(at: runner.scratch) }
    let binary = install.appendingPathComponent("silkroute")
    try FileManager.default.copyItem(at: CommandRunner.binary, to: binary)
    // Nothing on the way up from the copy or the working folder may be a Data/ folder.
    for start in [install, home] {
      var folder = start.standardizedFileURL
      while folder.path != "/" {
        #expect(
          !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Data/cities.csv").path),
          "\(folder.path) holds a Data/ folder: the test cannot tell the embedded copy from it")
        folder.deleteLastPathComponent()
      }
    }

    let inTree = try runner.run(["route", "Jiaozhou", "Hamburg"])
    #expect(inTree.status == 0, "\(inTree.stderr)")

    let installed = try runner.run(
      ["route", "Jiaozhou", "Hamburg"], environment: ["SILKROUTE_CACHE": cache.path], executable: binary,
      directory: home, unset: ["SILKROUTE_DATA"])
    let stdout = installed.stdout

    #expect(installed.status == 0, "\(installed.stderr)")
    #expect(stdout == inTree.stdout, "\(String(decoding: stdout, as: UTF8.self))")
    #expect(String(decoding: stdout, as: UTF8.self).contains("Hamburg"))
    // It read the embedded copy, written into its cache, and built its database there.
    let cached = try FileManager.default.contentsOfDirectory(atPath: cache.path)
    #expect(cached.contains { $0.hasPrefix("data-") }, "\(cached)")
    #expect(cached.contains { $0.hasSuffix(".sqlite") }, "\(cached)")
  }
}
