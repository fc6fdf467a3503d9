import Foundation
import SilkRoute

extension BundledNetwork {
  /// The bundled network and its dataset version, from its compiled snapshot while the `Data/`
  /// folder is unchanged (same files, sizes and modification times): no CSV is read and no
  /// database opened. Otherwise the folder is read, its database built if needed (`open()`), and
  /// the snapshot compiled for next time.
  ///
  /// - Parameter problem: told (in one line) why a snapshot that was there could not be used.
  public static func openNetwork(problem: (String) -> Void = { _ in }) throws -> (
    network: TransportNetwork, version: String
  ) {
    let folder = try dataFolder()
    let path = fingerprint(of: folder).map {
      SnapshotCache.folder.appendingPathComponent("scoda-\($0).\(NetworkSnapshot.fileExtension)").path
    }
    if let path, FileManager.default.fileExists(atPath: path) {
      do {
        return try NetworkSnapshot.openVersioned(path: path)
      } catch {
        problem("\(error); reading Data/ instead")
      }
    }
    let result = try SnapshotCache.network(store: try open(), problem: problem)
    if let path {
      do {
        try NetworkSnapshot.write(result.network, dataVersion: result.version, to: path)
      } catch {
        problem("cannot cache the compiled network: \(error)")
      }
    }
    return result
  }

  /// A hash of the folder's regular files' names, sizes and modification times, or nil when it
  /// cannot be listed.
  static func fingerprint(of folder: URL) -> String? {
    let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
    guard
      let files = try? FileManager.default.contentsOfDirectory(
        at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
    else { return nil }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ text: String) {
      for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    for file in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
      guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
        continue
      }
      let modified = values.contentModificationDate?.timeIntervalSince1970 ?? 0
      add("\(file.lastPathComponent)\u{0}\(values.fileSize ?? -1)\u{0}\(modified)\n")
    }
    return String(hash, radix: 16)
  }
}
