import Foundation
import Testing

/// Runs the built `silkroute` binary (beside the test bundle) on the repository's `Data/`, with its
/// database cache in a scratch folder, and captures what it prints.
struct CommandRunner {
  struct Output {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// Scratch folder for this process's runs (database cache, written files).
  let scratch: URL

  init(name: String) {
    scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(name)-\(ProcessInfo.processInfo.processIdentifier)")
  }

  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  /// `.build/<triple>/debug/silkroute`.
  static var binary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
      "silkroute")
  }

  /// Runs `executable` (the built `silkroute` unless given) with `arguments`, in `directory` (this
  /// process's unless given), with `extra` set in the environment and the variables in `unset`
  /// removed.
  func run(
    _ arguments: [String], environment extra: [String: String] = [:], executable: URL = Self.binary,
    directory: URL? = nil, unset: [String] = []
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    environment["SILKROUTE_CACHE"] = scratch.appendingPathComponent("cache").path
    environment["SILKROUTE_DATA"] = Self.repository.appendingPathComponent("Data").path
    environment.merge(extra) { $1 }
    for name in unset { environment[name] = nil }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
  }
}

/// The CLI failed with one line on stderr containing `text`, and no crash or usage dump; with
/// `status`, exactly that exit status (otherwise any non-zero one).
func expectOneLineError(
  _ run: CommandRunner.Output, status: Int32? = nil, containing text: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  if let status {
    #expect(run.status == status, "\(run.stderr)", sourceLocation: sourceLocation)
  } else {
    #expect(run.status != 0, sourceLocation: sourceLocation)
  }
  #expect(
    run.stderr.hasSuffix("\n") && run.stderr.dropLast().split(separator: "\n").count == 1, "\(run.stderr)",
    sourceLocation: sourceLocation)
  #expect(run.stderr.contains(text), "\(run.stderr)", sourceLocation: sourceLocation)
  #expect(
    !run.stderr.contains("Fatal error") && !run.stderr.contains("Usage"), "\(run.stderr)",
    sourceLocation: sourceLocation)
}
