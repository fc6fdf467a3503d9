import Foundation
import SilkRouteBundledData

/// The copy of `Data/` compiled into the binary (`SilkRouteBundledData`), written out as a folder
/// of the cache when no `Data/` folder is found: `CACHE/data-KEY/`, KEY a hash of every file's
/// name and bytes, so binaries built from different data never share a folder.
///
/// The folder is made aside (`data-KEY.extracting-PID`) and renamed into place, so a reader never
/// sees half of it; one that differs from the embedded bytes (edited, truncated) is made again.
enum EmbeddedDataFolder {
  /// One embedded file, decoded.
  struct File: Sendable {
    let name: String
    let contents: Data
  }

  /// The embedded files, decoded.
  ///
  /// - Throws: `StoreError` if none is embedded or one does not decode (a broken build).
  static func files() throws(StoreError) -> [File] {
    guard !EmbeddedDataset.files.isEmpty else {
      throw StoreError("this binary holds no bundled data; set SILKROUTE_DATA or pass --db PATH")
    }
    return try EmbeddedDataset.files.map { (file: EmbeddedDataFile) throws(StoreError) -> File in
      guard let contents = file.contents else {
        throw StoreError("the bundled data file \(file.name) in this binary is damaged; build it again")
      }
      return File(name: file.name, contents: contents)
    }
  }

  /// The name of the folder `files` are written to: FNV-1a (64 bits) over each file's name, a
  /// zero byte, its length and its bytes, in order.
  static func folderName(of files: [File]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    for file in files {
      for byte in file.name.utf8 { add(byte) }
      add(0)
      for shift in stride(from: 0, to: 64, by: 8) {
        add(UInt8(truncatingIfNeeded: file.contents.count >> shift))
      }
      for byte in file.contents { add(byte) }
    }
    return "data-" + String(format: "%016llx", hash)
  }

  /// The embedded files as a folder of `cache`, written there first if it is missing or differs.
  ///
  /// - Throws: `StoreError` naming the folder when it cannot be written.
  static func folder(in cache: URL) throws(StoreError) -> URL {
    let files = try files()
    let folder = cache.appendingPathComponent(folderName(of: files))
    removeStaleTemporaries(of: folder)
    if holds(files, folder) { return folder }
    let temporary = URL(
      fileURLWithPath: folder.path + temporarySuffix + "\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: temporary) }
    do {
      try? FileManager.default.removeItem(at: temporary)
      try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
      for file in files {
        try file.contents.write(to: temporary.appendingPathComponent(file.name))
      }
    } catch {
      throw StoreError("cannot write the bundled data to \(folder.path): \(error.localizedDescription)")
    }
    for _ in 0..<2 {
      if (try? FileManager.default.moveItem(at: temporary, to: folder)) != nil { return folder }
      // Written concurrently by another process, or a damaged copy is in the way.
      if holds(files, folder) { return folder }
      try? FileManager.default.removeItem(at: folder)
    }
    throw StoreError("cannot write the bundled data to \(folder.path): it exists and cannot be replaced")
  }

  /// Whether `folder` holds every file with exactly its bytes.
  static func holds(_ files: [File], _ folder: URL) -> Bool {
    files.allSatisfy { file in
      (try? Data(contentsOf: folder.appendingPathComponent(file.name))) == file.contents
    }
  }

  /// `data-KEY.extracting-PID`: a folder being written aside by process PID.
  static let temporarySuffix = ".extracting-"

  /// Removes the folders being written aside for `folder` by processes that no longer run.
  static func removeStaleTemporaries(of folder: URL) {
    let parent = folder.deletingLastPathComponent()
    let prefix = folder.lastPathComponent + temporarySuffix
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
    for name in names where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, !DatabaseFile.isRunning(pid) else {
        continue
      }
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
    }
  }
}
