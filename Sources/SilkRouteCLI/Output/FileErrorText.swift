import Foundation
import SilkRoute

/// A file-system error in one line naming the path, without Foundation's error domains.
enum FileErrorText {
  static func describe(_ error: any Error, path: String) -> String {
    let nsError = error as NSError
    let underlying = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError) ?? nsError
    if underlying.domain == NSPOSIXErrorDomain, let reason = strerror(Int32(underlying.code)) {
      return "\(path): \(String(cString: reason).lowercased())"
    }
    switch nsError.code {
    case NSFileWriteFileExistsError: return "\(path): already exists"
    case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "\(path): no such file or folder"
    case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "\(path): permission denied"
    case NSFileWriteOutOfSpaceError: return "\(path): no space left on the device"
    case NSFileWriteVolumeReadOnlyError: return "\(path): read-only file system"
    default: return "\(path): cannot be written or read (error \(nsError.code))"
    }
  }
}
