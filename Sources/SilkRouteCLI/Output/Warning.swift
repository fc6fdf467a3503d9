import Foundation

/// A one-line warning on stderr (`silkroute: warning: …`): something was wrong but the command
/// went on (a damaged compiled snapshot, rebuilt from its database).
enum Warning {
  static func print(_ message: String) {
    FileHandle.standardError.write(Data("silkroute: warning: \(message)\n".utf8))
  }
}
