import Foundation

/// The coding keys of every record in a snapshot, numbered in order of first use: entries name
/// their key by number (one or two bytes) instead of by string.
final class RecordKeyTable: @unchecked Sendable {
  private(set) var keys: [String] = []
  private var numbers: [String: Int] = [:]

  init() {}

  init(keys: [String]) {
    self.keys = keys
    for (number, key) in keys.enumerated() where numbers[key] == nil { numbers[key] = number }
  }

  /// The key's number, adding it when new (while writing).
  func number(adding key: String) -> Int {
    if let number = numbers[key] { return number }
    numbers[key] = keys.count
    keys.append(key)
    return keys.count - 1
  }

  /// The key's number, or nil when no record uses it (while reading).
  func number(of key: String) -> Int? { numbers[key] }
}
