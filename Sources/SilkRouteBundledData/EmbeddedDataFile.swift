import Foundation

/// One file of the bundled `Data/` folder, compiled into the binary.
package struct EmbeddedDataFile: Sendable {
  /// The file's name in `Data/` (`cities.csv`).
  package let name: String
  /// Its bytes, base64-encoded (a literal of the generated source).
  let base64: String

  package init(name: String, base64: String) {
    self.name = name
    self.base64 = base64
  }

  /// The file's bytes; nil only if `base64` is not base64, which the generator never writes.
  package var contents: Data? { Data(base64Encoded: base64) }
}
