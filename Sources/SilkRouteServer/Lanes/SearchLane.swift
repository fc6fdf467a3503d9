import Foundation

/// A fixed number of threads that run route searches, off Swift's cooperative thread pool: a
/// search holds a thread for as long as its budget allows, and on the cooperative pool (two
/// threads on a two-core machine) two of them would stall every other request, `/healthz`
/// included. A search waits for a thread at most ``queueTimeout``, behind at most ``maxQueued``
/// others; past either it is refused with ``SearchLaneError/overloaded`` (503 with
/// `Retry-After`). Threads start when work arrives and end after a minute without any, so an
/// idle lane (or one left behind by a test) holds none.
final class SearchLane: Sendable {
  let name: String
  /// Most searches running at once.
  let threads: Int
  let queueTimeout: Duration
  let maxQueued: Int

  private let condition = NSCondition()
  /// Guarded by `condition`.
  private nonisolated(unsafe) var state = State()

  private struct State {
    var queue: [Job] = []
    var started = 0
    var running = 0
  }

  /// A search waiting for a thread: whoever removes it from the queue (a worker, the queue
  /// timeout or the caller's cancellation), under the lock, runs or fails it, once.
  private final class Job: @unchecked Sendable {
    let handle: Handle
    let run: @Sendable () -> Void
    let fail: @Sendable (SearchLaneError) -> Void
    init(
      handle: Handle, run: @escaping @Sendable () -> Void, fail: @escaping @Sendable (SearchLaneError) -> Void
    ) {
      self.handle = handle
      self.run = run
      self.fail = fail
    }
  }

  init(name: String, threads: Int, queueTimeout: Duration, maxQueued: Int) {
    self.name = name
    self.threads = max(1, threads)
    self.queueTimeout = queueTimeout
    self.maxQueued = max(0, maxQueued)
  }

  /// Searches running now and waiting for a thread.
  var load: (running: Int, queued: Int) {
    condition.lock()
    defer { condition.unlock() }
    return (state.running, state.queue.count)
  }

  /// Runs `work` on one of the lane's threads and returns its value.
  ///
  /// - Throws: ``SearchLaneError/overloaded`` when the queue is full or no thread takes the work
  ///   within ``queueTimeout``; ``SearchLaneError/cancelled`` when the calling task is cancelled
  ///   before a thread takes it (once running, `work` itself must watch for cancellation).
  func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async throws(SearchLaneError) -> Value {
    let handle = Handle()
    do {
      return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
          let job = Job(
            handle: handle,
            run: { continuation.resume(returning: work()) },
            fail: { continuation.resume(throwing: $0) })
          enqueue(job, handle: handle)
        }
      } onCancel: {
        withdraw(handle, because: .cancelled)
      }
    } catch let error as SearchLaneError {
      throw error
    } catch {
      throw .cancelled
    }
  }

  /// Where a caller's job is, for its cancellation and its queue timeout (made before the job,
  /// which needs the caller's continuation). Guarded by the lane's `condition`.
  private final class Handle: @unchecked Sendable {
    var job: Job?
    var cancelled = false
    var timer: Task<Void, Never>?
  }

  private func enqueue(_ job: Job, handle: Handle) {
    condition.lock()
    if handle.cancelled {
      condition.unlock()
      job.fail(.cancelled)
      return
    }
    guard state.queue.count < maxQueued || state.running + state.queue.count < threads else {
      condition.unlock()
      job.fail(.overloaded)
      return
    }
    handle.job = job
    state.queue.append(job)
    if state.started < threads && state.started - state.running < state.queue.count {
      state.started += 1
      startThread(number: state.started)
    }
    condition.signal()
    let timeout = queueTimeout
    handle.timer = Task { [weak self] in
      try? await Task.sleep(for: timeout)
      if !Task.isCancelled { self?.withdraw(handle, because: .overloaded) }
    }
    condition.unlock()
  }

  /// Fails the handle's job with `reason` if it is still waiting.
  private func withdraw(_ handle: Handle, because reason: SearchLaneError) {
    condition.lock()
    handle.cancelled = handle.cancelled || reason == .cancelled
    guard let job = handle.job, let index = state.queue.firstIndex(where: { $0 === job }) else {
      condition.unlock()
      return
    }
    state.queue.remove(at: index)
    handle.job = nil
    let timer = handle.timer
    condition.unlock()
    timer?.cancel()
    job.fail(reason)
  }

  private func startThread(number: Int) {
    let name = "\(name)-\(number)"
    // Named from inside: on Linux only the running thread can name itself.
    let thread = Thread { [self] in
      Thread.current.name = name
      work()
    }
    thread.start()
  }

  /// A worker: takes jobs until none has come for a minute.
  private func work() {
    condition.lock()
    while true {
      while state.queue.isEmpty {
        if !condition.wait(until: Date(timeIntervalSinceNow: 60)) && state.queue.isEmpty {
          state.started -= 1
          condition.unlock()
          return
        }
      }
      let job = state.queue.removeFirst()
      job.handle.job = nil
      let timer = job.handle.timer
      state.running += 1
      condition.unlock()
      timer?.cancel()
      job.run()
      condition.lock()
      state.running -= 1
    }
  }
}
