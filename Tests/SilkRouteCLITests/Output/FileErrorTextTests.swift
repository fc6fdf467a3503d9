import Foundation
import Testing

@testable import SilkRouteCLI

/// A file-system error as one line naming the path, without Foundation's error domains.
@Suite struct FileErrorTextTests {
  @Test func posixReasonsAreNamed() {
    let missing = NSError(
      domain: NSCocoaErrorDomain, code: NSFileReadNoSuchFileError,
      userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOENT))])
    #expect(FileErrorText.describe(missing, path: "/x/y.csv") == "/x/y.csv: no such file or directory")
    let denied = NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))
    #expect(FileErrorText.describe(denied, path: "out.svg") == "out.svg: permission denied")
  }

  @Test func cocoaCodesWithoutAReasonAreWorded() {
    func text(_ code: Int) -> String {
      FileErrorText.describe(NSError(domain: NSCocoaErrorDomain, code: code), path: "p")
    }
    #expect(text(NSFileWriteFileExistsError) == "p: already exists")
    #expect(text(NSFileNoSuchFileError) == "p: no such file or folder")
    #expect(text(NSFileWriteNoPermissionError) == "p: permission denied")
    #expect(text(NSFileWriteOutOfSpaceError) == "p: no space left on the device")
    #expect(text(NSFileWriteVolumeReadOnlyError) == "p: read-only file system")
    #expect(text(9999) == "p: cannot be written or read (error 9999)")
  }
}
