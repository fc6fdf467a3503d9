import Foundation

/// The NY-sized random-geometric instance (`Peers/random_geometric.py --nodes 264346 --seed 1`),
/// written under the temporary directory on first use (the script is seeded: the same files every
/// time, byte for byte).
enum RandomGeometricInstance {
  static func prefix() throws -> String {
    let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("silkroute-bench-rg264k").path
    guard !FileManager.default.fileExists(atPath: "\(prefix)-c.gr") else { return prefix }
    let script = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Peers/random_geometric.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, "--nodes", "264346", "--seed", "1", "--prefix", prefix]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw BenchmarkSetupError("random_geometric.py exited with \(process.terminationStatus)")
    }
    return prefix
  }
}
