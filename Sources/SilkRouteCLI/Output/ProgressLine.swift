import Foundation

/// One status line on stderr, rewritten in place with `\r`; only when stderr is a terminal.
final class ProgressLine {
  private var last = ""

  static func onTerminal() -> ProgressLine? { isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil }

  func show(_ label: String, fraction: Double?) {
    let text = fraction.map { "\(label) \(Int(($0 * 100).rounded(.down)))%" } ?? label
    guard text != last else { return }
    last = text
    FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
  }

  func clear() { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
}
