import Foundation

/// Writing a diagram or map to a file, with Foundation's file errors ("The operation could not be
/// completed. (NSCocoaErrorDomain error 512.)") said in words that name the path.
public enum DiagramFile {
  /// Writes `data` to `path` atomically, creating its folder if needed.
  ///
  /// - Throws: `DiagramError.write` naming `path` and what went wrong ("it is a folder",
  ///   "permission denied", "'out' is a file, not a folder").
  public static func write(_ data: Data, to path: String) throws(DiagramError) {
    guard !path.isEmpty else { throw .write(path: path, message: "no file name") }
    let url = URL(fileURLWithPath: path)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw .write(path: path, message: reason(error, folder: blockingFile(above: path) ?? ""))
    }
    do {
      try data.write(to: url, options: .atomic)
    } catch {
      throw .write(path: path, message: reason(error, folder: nil))
    }
  }

  /// The first folder on the way to `path` that exists as something else than a folder, as
  /// written in `path`.
  static func blockingFile(above path: String) -> String? {
    var prefix = path.hasPrefix("/") ? "/" : ""
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
    for part in parts {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder) {
        if !isFolder.boolValue { return prefix }
      } else {
        return nil
      }
    }
    return nil
  }

  /// What went wrong, in words: from the POSIX error underneath when there is one, else from the
  /// Cocoa error code; `folder` when the folder could not be made.
  static func reason(_ error: any Error, folder: String?) -> String {
    let cocoa = error as NSError
    let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? any Error
    if let posix = (error as? POSIXError) ?? (underlying as? POSIXError) {
      return reason(posix: posix.code, folder: folder)
    }
    if cocoa.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(cocoa.code)) {
      return reason(posix: code, folder: folder)
    }
    switch CocoaError.Code(rawValue: cocoa.domain == NSCocoaErrorDomain ? cocoa.code : -1) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return "no such folder"
    case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
    case .fileWriteInvalidFileName: return "the file name is not valid"
    case .fileWriteOutOfSpace: return "no space left on the device"
    case .fileWriteVolumeReadOnly: return "the file system is read-only"
    case .fileWriteFileExists: return folder.map(isAFile) ?? "the file exists"
    default: return "error \(cocoa.code) (\(cocoa.domain))"
    }
  }

  private static func isAFile(_ folder: String) -> String {
    folder.isEmpty
      ? "a part of its path is not a folder" : "\(DiagramError.quoted(folder)) is a file, not a folder"
  }

  static func reason(posix code: POSIXErrorCode, folder: String?) -> String {
    switch code {
    case .EISDIR: return "it is a folder"
    case .EEXIST, .ENOTDIR: return folder.map(isAFile) ?? "a part of its path is not a folder"
    case .ENOENT: return "no such folder"
    case .EACCES, .EPERM: return "permission denied"
    case .EROFS: return "the file system is read-only"
    case .ENOSPC, .EDQUOT: return "no space left on the device"
    case .ENAMETOOLONG: return "the file name is too long"
    default: return String(cString: strerror(code.rawValue)).lowercased()
    }
  }
}
