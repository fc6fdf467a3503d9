import Foundation
import SilkRouteStore
import SilkRouteSynthetic

/// The database `silkroute data generate --terminals N --seed 1` writes, generated on first use
/// under the temporary directory (shared by the scale and snapshot suites).
enum SyntheticDatabase {
  static func path(terminals: Int) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("silkroute-bench-\(terminals)-seed1.sqlite").path
    if !FileManager.default.fileExists(atPath: path) {
      let data = SyntheticNetwork.generate(try SyntheticNetwork.Parameters(terminals: terminals, seed: 1))
      try DatabaseFile.importData(data, into: path)
    }
    return path
  }
}
