import Foundation

/// A document made on its first request, then kept: later requests get the same bytes, and
/// requests that arrive while it is being made wait for that one making instead of starting their
/// own.
///
/// The making runs on a thread of its own, never on the server's event loops or the concurrency
/// pool: drawing a large network takes Graphviz minutes, and meanwhile every other endpoint keeps
/// answering. A failure is kept like a success (the network is immutable: making it again would
/// fail again).
actor LazyDocument {
  private let make: @Sendable () throws -> Data
  private var making: Task<Result<Data, any Error>, Never>?
  /// How many times the document has been started: 0 until the first request, then 1.
  private(set) var makings = 0

  /// - Parameter make: makes the document; called at most once, on its own thread.
  init(_ make: @escaping @Sendable () throws -> Data) {
    self.make = make
  }

  /// The document, made first if this is the first request.
  ///
  /// - Throws: what making it threw (then and on every later request).
  func bytes() async throws -> Data {
    if let making { return try await making.value.get() }
    makings += 1
    let make = make
    let task = Task { await Self.onOwnThread(make) }
    making = task
    return try await task.value.get()
  }

  /// Runs `make` on a new thread (16 MiB of stack: Graphviz recurses) and waits for it without
  /// holding a thread of the concurrency pool.
  private static func onOwnThread(_ make: @escaping @Sendable () throws -> Data) async -> Result<
    Data, any Error
  > {
    await withCheckedContinuation { continuation in
      let thread = Thread {
        Thread.current.name = "silkroute-document"
        continuation.resume(returning: Result { try make() })
      }
      thread.stackSize = 16 << 20
      thread.start()
    }
  }
}
