import Foundation

/// The bytes of a batch's input, read in chunks as they are needed: a file (or standard input)
/// never whole in memory, or bytes already in memory (an HTTP body).
public final class BatchBytes {
  private let handle: FileHandle?
  private var buffer: [UInt8]
  private var position = 0
  private static let chunkSize = 64 * 1024

  /// Bytes read from `handle` as they are needed.
  public init(reading handle: FileHandle) {
    self.handle = handle
    buffer = []
  }

  /// Bytes already in memory.
  public init(_ bytes: [UInt8]) {
    handle = nil
    buffer = bytes
  }

  /// The next byte, or nil at the end.
  ///
  /// - Throws: the file's read error.
  func next() throws -> UInt8? {
    if position == buffer.count, try !refill() { return nil }
    defer { position += 1 }
    return buffer[position]
  }

  /// The next byte without taking it, or nil at the end.
  func peek() throws -> UInt8? {
    if position == buffer.count, try !refill() { return nil }
    return buffer[position]
  }

  private func refill() throws -> Bool {
    guard let handle, let data = try handle.read(upToCount: Self.chunkSize), !data.isEmpty else {
      return false
    }
    buffer = Array(data)
    position = 0
    return true
  }
}
