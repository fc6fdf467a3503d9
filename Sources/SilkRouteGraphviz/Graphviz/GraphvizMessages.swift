import CGraphviz
import Foundation

/// Graphviz's own messages, kept out of stderr and turned into thrown errors.
///
/// `agseterr(AGMAX)` makes cgraph write every warning and error to its message buffer instead
/// of stderr; `aglasterr()` returns the last message. Call only under `GraphvizLock`.
enum GraphvizMessages {
  /// Starts an operation: messages go to the buffer and earlier errors are forgotten.
  static func begin() {
    _ = agseterr(AGMAX)  // returns the previous level, which is of no use here
    _ = agreseterrors()  // returns the previous maximum level, likewise
  }

  /// The last error message since `begin()`, or nil when only warnings (or nothing) were
  /// reported — an earlier operation's message is never returned.
  static func lastError() -> String? {
    guard silkroute_error_reported() != 0, let text = aglasterr() else { return nil }
    defer { free(text) }
    let message = String(cString: text)
      .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.joined(separator: " ")
    return message.isEmpty ? nil : message
  }
}
