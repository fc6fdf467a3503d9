import Foundation

// SilkRouteDataEmbedder OUTPUT.swift FOLDER
//
// Writes OUTPUT.swift, a Swift source that holds the bytes of every `*.csv` and `*.geojson` file of FOLDER
// (base64, so any byte survives and the literal stays one line) as `EmbeddedDataset.files`, each
// named by its file name, in name order. The EmbedBundledData build-tool plugin runs it on `Data/`
// for the `SilkRouteBundledData` target.

/// Prints `message` to standard error and exits with `status`.
func fail(_ message: String, status: Int32 = 1) -> Never {
  FileHandle.standardError.write(Data("SilkRouteDataEmbedder: \(message)\n".utf8))
  exit(status)
}

/// A file name as a Swift string literal; only plain names are accepted, so nothing needs escaping.
func nameLiteral(_ name: String) -> String {
  let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
  guard !name.isEmpty, name.allSatisfy(allowed.contains) else {
    fail("cannot embed \(name.debugDescription): a file name may hold only letters, digits, '.', '_' and '-'")
  }
  return "\"\(name)\""
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 else { fail("usage: SilkRouteDataEmbedder OUTPUT.swift FOLDER", status: 64) }
let output = URL(fileURLWithPath: arguments[0])
let folder = URL(fileURLWithPath: arguments[1])
let names: [String]
do {
  names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
    $0.hasSuffix(".csv") || $0.hasSuffix(".geojson")
  }
  .sorted()
} catch {
  fail("cannot list \(folder.path): \(error.localizedDescription)")
}
guard !names.isEmpty else { fail("\(folder.path) holds no .csv file to embed") }
var source = """
  // Generated at build time by SilkRouteDataEmbedder (the EmbedBundledData plugin) from Data/.
  // Do not edit: change Data/ and build again.

  extension EmbeddedDataset {
    package static let files: [EmbeddedDataFile] = [

  """
for name in names {
  let file = folder.appendingPathComponent(name)
  let bytes: Data
  do {
    bytes = try Data(contentsOf: file)
  } catch {
    fail("cannot read \(file.path): \(error.localizedDescription)")
  }
  source += "    EmbeddedDataFile(name: \(nameLiteral(name)), base64: \"\(bytes.base64EncodedString())\"),\n"
}
source += "  ]\n}\n"
do {
  try Data(source.utf8).write(to: output, options: .atomic)
} catch {
  fail("cannot write \(output.path): \(error.localizedDescription)")
}
