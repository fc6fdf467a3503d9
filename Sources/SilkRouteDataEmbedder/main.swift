import Foundation

// SilkRouteDataEmbedder OUTPUT.swift FILE…
//
// Writes OUTPUT.swift, a Swift source that holds every FILE's bytes (base64, so any byte survives
// and the literal stays one line) as `EmbeddedDataset.files`, each named by its last path
// component. The EmbedBundledData build-tool plugin runs it on `Data/*.csv` for the
// `SilkRouteBundledData` target.

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
guard let output = arguments.first else {
  fail("usage: SilkRouteDataEmbedder OUTPUT.swift FILE…", status: 64)
}
let files = arguments.dropFirst().map { URL(fileURLWithPath: $0) }.sorted {
  $0.lastPathComponent < $1.lastPathComponent
}
var seen = Set<String>()
var source = """
  // Generated at build time by SilkRouteDataEmbedder (the EmbedBundledData plugin) from Data/.
  // Do not edit: change Data/ and build again.

  extension EmbeddedDataset {
    package static let files: [EmbeddedDataFile] = [

  """
for file in files {
  let name = file.lastPathComponent
  guard seen.insert(name).inserted else { fail("two files named \(name)") }
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
  try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
  fail("cannot write \(output): \(error.localizedDescription)")
}
