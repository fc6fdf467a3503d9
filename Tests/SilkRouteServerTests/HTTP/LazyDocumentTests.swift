import Foundation
import Synchronization
import Testing

@testable import SilkRouteServer

/// A document is made once, on its first request, however many requests arrive at once; a
/// failure is kept like a success.
@Suite struct LazyDocumentTests {
  struct Broken: Error {}

  @Test func nothingIsMadeBeforeTheFirstRequest() async throws {
    let made = Mutex(0)
    let document = LazyDocument {
      made.withLock { $0 += 1 }
      return Data("map".utf8)
    }
    try await Task.sleep(for: .milliseconds(50))
    #expect(made.withLock { $0 } == 0)
    #expect(await document.makings == 0)
    #expect(try await document.bytes() == Data("map".utf8))
    #expect(try await document.bytes() == Data("map".utf8))
    #expect(made.withLock { $0 } == 1)
  }

  @Test func concurrentFirstRequestsShareOneMaking() async throws {
    let made = Mutex(0)
    let document = LazyDocument {
      made.withLock { $0 += 1 }
      Thread.sleep(forTimeInterval: 0.3)  // long enough for every request to arrive meanwhile
      return Data("map".utf8)
    }
    let answers = try await withThrowingTaskGroup(of: Data.self) { group in
      for _ in 0..<16 { group.addTask { try await document.bytes() } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(answers.count == 16 && answers.allSatisfy { $0 == Data("map".utf8) })
    #expect(made.withLock { $0 } == 1)
    #expect(await document.makings == 1)
  }

  @Test func aFailureIsKept() async throws {
    let made = Mutex(0)
    let document = LazyDocument {
      made.withLock { $0 += 1 }
      throw Broken()
    }
    for _ in 0..<3 {
      await #expect(throws: Broken.self) { try await document.bytes() }
    }
    #expect(made.withLock { $0 } == 1)
  }
}
