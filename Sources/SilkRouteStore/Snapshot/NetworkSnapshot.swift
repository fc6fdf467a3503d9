import Foundation
import SilkRoute

/// A network compiled into one binary file that opens by memory-mapping, without parsing: the
/// searches' flat arrays are read in place (and shared between processes through the page
/// cache), records are decoded one at a time when an answer prints them. See `SnapshotLayout`
/// for the format.
///
/// `silkroute data compile` writes one; the CLI and the server use them transparently through
/// `SnapshotCache`. A file that is not a snapshot, of another format version, truncated, or whose
/// checksums do not match is refused with a `SnapshotError`, never read.
public enum NetworkSnapshot {
  /// The file name extension of a compiled snapshot.
  public static let fileExtension = "silkroute"

  /// Writes `network` as a snapshot to `path`, atomically (built aside, then renamed into place).
  ///
  /// - Parameter dataVersion: the content hash of the dataset (`NetworkStore.datasetVersion()`),
  ///   stored so that a stale snapshot is recognised.
  public static func write(_ network: TransportNetwork, dataVersion: String, to path: String)
    throws(SnapshotError)
  {
    let bytes: [UInt8]
    do {
      bytes = SnapshotFile.assemble(try SnapshotWriter(network: network, dataVersion: dataVersion).sections())
    } catch {
      throw SnapshotError(.io, path, "cannot encode the network: \(error)")
    }
    let temporary = path + ".writing-\(ProcessInfo.processInfo.processIdentifier)"
    let url = URL(fileURLWithPath: path)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: URL(fileURLWithPath: temporary))
      if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
      try FileManager.default.moveItem(atPath: temporary, toPath: path)
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw SnapshotError(.io, path, "cannot write: \(error.localizedDescription)")
    }
  }

  /// Opens the snapshot at `path`, checking its header, section table and every checksum.
  ///
  /// - Parameter expectedVersion: when given, a snapshot of another dataset version is refused
  ///   (`.stale`).
  /// - Complexity: O(file size) for the checksums; no record is decoded.
  public static func open(path: String, expectedVersion: String? = nil) throws(SnapshotError)
    -> TransportNetwork
  {
    try open(path: path, expectedVersion: expectedVersion, wholeTableLimit: NetworkRecords.wholeTableLimit)
  }

  /// As `open(path:expectedVersion:)`, decoding tables whole up to `wholeTableLimit` records
  /// (tests pass 0 to read every record on its own).
  package static func open(path: String, expectedVersion: String?, wholeTableLimit: Int) throws(SnapshotError)
    -> TransportNetwork
  {
    let file = try SnapshotFile(path: path)
    if let expectedVersion, file.dataVersion != expectedVersion {
      throw SnapshotError(
        .stale, path, "compiled from dataset \(file.dataVersion), the database holds \(expectedVersion)")
    }
    return try SnapshotReader(file: file, wholeTableLimit: wholeTableLimit).network()
  }

  /// Opens the snapshot at `path` (as `open(path:expectedVersion:)`) with the dataset version it
  /// was compiled from.
  public static func openVersioned(path: String) throws(SnapshotError) -> (
    network: TransportNetwork, version: String
  ) {
    let file = try SnapshotFile(path: path)
    return (try SnapshotReader(file: file).network(), file.dataVersion)
  }

  /// The dataset version a snapshot was compiled from (its header and table checked, not its
  /// sections).
  public static func dataVersion(at path: String) throws(SnapshotError) -> String {
    try SnapshotFile(path: path, verifySections: false).dataVersion
  }

  /// Whether the file at `path` starts like a snapshot (its magic bytes).
  public static func looksLikeSnapshot(path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: SnapshotLayout.magic.count)) ?? Data()
    return Array(head) == SnapshotLayout.magic
  }
}
