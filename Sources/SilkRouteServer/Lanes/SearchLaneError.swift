import Foundation

/// Why a search lane did not run a search.
enum SearchLaneError: Error, Equatable {
  /// Every thread is busy and the queue is full, or the search waited past the queue timeout.
  case overloaded
  /// The caller was cancelled before a thread took the search.
  case cancelled
}
