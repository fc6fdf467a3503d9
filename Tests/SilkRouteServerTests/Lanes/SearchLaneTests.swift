import Foundation
import Synchronization
import Testing

@testable import SilkRouteServer

/// A search lane runs at most its number of searches at once, on its own threads, and refuses
/// (rather than queues without bound) what it cannot start in time.
@Suite struct SearchLaneTests {
  final class Gauge: Sendable {
    let running = Mutex((now: 0, most: 0))
    func enter() {
      running.withLock {
        $0.now += 1
        $0.most = max($0.most, $0.now)
      }
    }
    func leave() { running.withLock { $0.now -= 1 } }
  }

  final class Latch: Sendable {
    private let isOpen = Atomic(false)
    func open() { isOpen.store(true, ordering: .releasing) }
    func wait() { while !isOpen.load(ordering: .acquiring) { Thread.sleep(forTimeInterval: 0.01) } }
  }

  @Test func runsAtMostItsThreadsAtOnceOffTheCooperativePool() async throws {
    let lane = SearchLane(name: "test-lane", threads: 2, queueTimeout: .seconds(30), maxQueued: 16)
    let gauge = Gauge()
    let threads = try await withThrowingTaskGroup(of: UInt.self) { group in
      for _ in 0..<8 {
        group.addTask {
          try await lane.run {
            gauge.enter()
            defer { gauge.leave() }
            Thread.sleep(forTimeInterval: 0.05)
            return UInt(bitPattern: Thread.current.hash)
          }
        }
      }
      return try await group.reduce(into: Set<UInt>()) { $0.insert($1) }
    }
    #expect(gauge.running.withLock { $0.most } == 2)
    #expect(threads.count <= 2, "\(threads)")
    // A thread counts itself out just after handing back its value.
    for _ in 0..<100 where lane.load != (running: 0, queued: 0) {
      try await Task.sleep(for: .milliseconds(10))
    }
    #expect(lane.load == (running: 0, queued: 0))
  }

  @Test func refusesWhatWaitsTooLongOrFindsTheQueueFull() async throws {
    let lane = SearchLane(name: "test-lane", threads: 1, queueTimeout: .milliseconds(300), maxQueued: 1)
    let release = Latch()
    let holder = Task { try await lane.run { release.wait() } }
    while lane.load.running == 0 { try await Task.sleep(for: .milliseconds(10)) }
    // The second waits and times out; the third, while the second waits, finds the queue full.
    let waiter = Task { try await lane.run { "ran" } }
    while lane.load.queued == 0 { try await Task.sleep(for: .milliseconds(10)) }
    await #expect(throws: SearchLaneError.overloaded) { try await lane.run { "ran" } }
    await #expect(throws: SearchLaneError.overloaded) { try await waiter.value }
    #expect(lane.load == (running: 1, queued: 0))
    release.open()
    try await holder.value
    // With the thread free again, work runs.
    #expect(try await lane.run { "ran" } == "ran")
  }

  @Test func aCancelledCallerLeavesTheQueue() async throws {
    let lane = SearchLane(name: "test-lane", threads: 1, queueTimeout: .seconds(30), maxQueued: 4)
    let release = Latch()
    let holder = Task { try await lane.run { release.wait() } }
    try await Task.sleep(for: .milliseconds(100))
    let waiter = Task { try await lane.run { "ran" } }
    try await Task.sleep(for: .milliseconds(100))
    #expect(lane.load == (running: 1, queued: 1))
    waiter.cancel()
    await #expect(throws: SearchLaneError.cancelled) { try await waiter.value }
    #expect(lane.load == (running: 1, queued: 0))
    release.open()
    try await holder.value
  }
}
