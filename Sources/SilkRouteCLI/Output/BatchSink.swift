import Foundation
import SilkRouteStore
import Synchronization

/// Where `silkroute batch` writes its results: standard output or a file, in chunks of about
/// 64 KiB (and at the end), one result after another in input order.
final class BatchSink: Sendable {
  private struct State {
    var buffer = Data()
    var failure: (any Error)?
  }

  private let state = Mutex(State())
  private let handle: FileHandle
  private let path: String?
  private static let chunk = 64 * 1024

  /// - Parameter path: the file to write (created or replaced); nil for standard output.
  /// - Throws: `StoreError` naming the file when it cannot be created.
  init(path: String?) throws {
    self.path = path
    guard let path else {
      handle = FileHandle.standardOutput
      return
    }
    do {
      try Data().write(to: URL(fileURLWithPath: path))
      handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    } catch {
      throw StoreError("cannot write \(FileErrorText.describe(error, path: path))")
    }
  }

  /// Adds `text`, writing the buffer out once it holds a chunk.
  func write(_ text: String) throws {
    try state.withLock { state in
      if let failure = state.failure { throw failure }
      state.buffer.append(contentsOf: text.utf8)
      if state.buffer.count >= Self.chunk { try flush(&state) }
    }
  }

  /// Records the first failure: later writes throw it.
  func fail(_ error: any Error) {
    state.withLock { state in
      if state.failure == nil { state.failure = error }
    }
  }

  /// - Throws: the first failure, if any.
  func check() throws {
    if let failure = state.withLock({ $0.failure }) { throw failure }
  }

  /// Writes what is left and closes a file.
  func close() throws {
    try state.withLock { state in
      if let failure = state.failure { throw failure }
      try flush(&state)
    }
    if path != nil { try handle.close() }
  }

  private func flush(_ state: inout State) throws {
    guard !state.buffer.isEmpty else { return }
    do {
      try handle.write(contentsOf: state.buffer)
    } catch {
      let failure = path.map { StoreError("cannot write \(FileErrorText.describe(error, path: $0))") }
      state.failure = failure ?? error
      throw state.failure ?? error
    }
    state.buffer.removeAll(keepingCapacity: true)
  }
}
