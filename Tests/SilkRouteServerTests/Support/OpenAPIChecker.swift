import Foundation
import Hummingbird
import HummingbirdTesting

/// One request a test sent and what the server answered, in the form `scripts/openapi-check.py`
/// reads.
struct RecordedExchange: Codable, Sendable {
  var method: String
  var path: String
  var requestBody: String?
  var status: Int
  /// Lower-cased names; only the headers the checker looks at.
  var headers: [String: String]
  var body: String

  init(method: HTTPRequest.Method, path: String, requestBody: String?, response: TestResponse) {
    self.method = method.rawValue
    self.path = path
    self.requestBody = requestBody
    status = response.status.code
    var headers: [String: String] = [:]
    for field in response.headers
    where ["content-type", "content-length", "allow"].contains(field.name.canonicalName) {
      headers[field.name.canonicalName] = field.value
    }
    self.headers = headers
    body = String(buffer: response.body)
  }

  /// An exchange over a ``RawConnection`` (what the test client cannot send).
  init(method: String, path: String, requestBody: String?, reply: RawConnection.Reply) {
    self.method = method
    self.path = path
    self.requestBody = requestBody
    status = reply.status
    headers = reply.headers.filter {
      ["content-type", "content-length", "allow", "retry-after"].contains($0.key)
    }
    body = String(decoding: reply.body, as: UTF8.self)
  }
}

/// Runs `scripts/openapi-check.py` on a document and recorded exchanges: the document must be
/// valid OpenAPI 3.1 and every response must validate against it (see the script's docstring).
enum OpenAPIChecker {
  struct Outcome: Sendable {
    var exitCode: Int32
    var output: String
  }

  /// The package's root folder (this file is `Tests/SilkRouteServerTests/Support/OpenAPIChecker.swift`).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `SILKROUTE_PYTHON` if set; else the virtual environment `scripts/setup.sh` makes; else
  /// `python3` on the PATH (which then needs openapi-spec-validator and jsonschema itself).
  static func pythonCommand() -> (executable: URL, arguments: [String]) {
    if let python = ProcessInfo.processInfo.environment["SILKROUTE_PYTHON"], !python.isEmpty {
      return (URL(fileURLWithPath: python), [])
    }
    let venv = packageRoot.appendingPathComponent(".build/openapi-venv/bin/python3")
    if FileManager.default.isExecutableFile(atPath: venv.path) { return (venv, []) }
    return (URL(fileURLWithPath: "/usr/bin/env"), ["python3"])
  }

  /// Writes the document and the exchanges to a temporary folder and runs the script on them.
  /// With `SILKROUTE_OPENAPI_RECORD` set to a folder, each run's files are kept in a subfolder of
  /// it, to rerun the script by hand.
  static func run(document: Data, exchanges: [RecordedExchange]) throws -> Outcome {
    let kept = ProcessInfo.processInfo.environment["SILKROUTE_OPENAPI_RECORD"].flatMap {
      $0.isEmpty ? nil : URL(fileURLWithPath: $0).appendingPathComponent(UUID().uuidString)
    }
    let folder =
      kept
      ?? FileManager.default.temporaryDirectory.appendingPathComponent(
        "silkroute-openapi-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
    let documentFile = folder.appendingPathComponent("openapi.json")
    let exchangesFile = folder.appendingPathComponent("exchanges.json")
    try document.write(to: documentFile)
    try JSONEncoder().encode(exchanges).write(to: exchangesFile)

    let (python, prefix) = pythonCommand()
    let process = Process()
    process.executableURL = python
    process.arguments =
      prefix + [
        packageRoot.appendingPathComponent("scripts/openapi-check.py").path, documentFile.path,
        exchangesFile.path,
      ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    // Read before waiting: a full pipe would block the checker.
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(exitCode: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
  }
}
