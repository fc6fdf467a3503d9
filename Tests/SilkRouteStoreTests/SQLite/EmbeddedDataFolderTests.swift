import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// The copy of `Data/` compiled into the binary: it is today's `Data/`, byte for byte, holds every
/// file loading reads, and is written out into the cache as a folder that loads as the bundled
/// network, whole or not at all.
@Suite struct EmbeddedDataFolderTests {
  /// The repository's `Data/` (Tests/SilkRouteStoreTests/SQLite/ → the root).
  static let repositoryData = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Data")

  @Test func theEmbeddedFilesAreTheCSVAndGeoJSONFilesOfData() throws {
    let embedded = try EmbeddedDataFolder.files()
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.repositoryData.path)
      .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".geojson") }.sorted()
    #expect(embedded.map(\.name) == names)
    for file in embedded {
      let bytes = try Data(contentsOf: Self.repositoryData.appendingPathComponent(file.name))
      #expect(file.contents == bytes, "\(file.name) differs from Data/: the build did not embed it again")
    }
  }

  @Test func everyTableLoadingReadsIsEmbedded() throws {
    let embedded = Set(try EmbeddedDataFolder.files().map(\.name))
    for table in DataTables.all {
      let inData = FileManager.default.fileExists(
        atPath: Self.repositoryData.appendingPathComponent(table.fileName).path)
      #expect(embedded.contains(table.fileName) == (inData || !table.isOptional), "\(table.fileName)")
    }
  }

  @Test func theWrittenFolderLoadsAsTheBundledNetwork() throws {
    let cache = Fixture.scratch()
    let folder = try EmbeddedDataFolder.folder(in: cache)
    #expect(folder.deletingLastPathComponent().standardizedFileURL.path == cache.standardizedFileURL.path)
    #expect(folder.lastPathComponent.hasPrefix("data-") && folder.lastPathComponent.count == 21)
    let loaded = try DataFolder.load(folder)
    #expect(NetworkStore.version(of: loaded) == NetworkStore.version(of: try BundledFixture.load().data))
    // Again: the same folder, as it was; nothing else left in the cache.
    #expect(try EmbeddedDataFolder.folder(in: cache).path == folder.path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path) == [folder.lastPathComponent])
  }

  @Test func aDamagedCopyIsWrittenAgain() throws {
    let cache = Fixture.scratch()
    let folder = try EmbeddedDataFolder.folder(in: cache)
    let services = folder.appendingPathComponent("services.csv")
    let whole = try Data(contentsOf: services)
    try whole.prefix(100).write(to: services)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("cities.csv"))
    #expect(try EmbeddedDataFolder.folder(in: cache).path == folder.path)
    #expect(try Data(contentsOf: services) == whole)
    #expect(EmbeddedDataFolder.holds(try EmbeddedDataFolder.files(), folder))
  }

  @Test func theFolderNameFollowsEveryByte() throws {
    let files = try EmbeddedDataFolder.files()
    let name = EmbeddedDataFolder.folderName(of: files)
    var changed = files
    let last = changed.count - 1
    var bytes = changed[last].contents
    bytes[bytes.startIndex] ^= 1
    changed[last] = EmbeddedDataFolder.File(name: changed[last].name, contents: bytes)
    #expect(EmbeddedDataFolder.folderName(of: changed) != name)
    #expect(EmbeddedDataFolder.folderName(of: Array(files.dropLast())) != name)
    #expect(EmbeddedDataFolder.folderName(of: files) == name)
  }

  /// `data-KEY.extracting-PID` of a process that is gone goes; a live one's stays.
  @Test func staleTemporariesOfDeadWritersAreRemoved() throws {
    let cache = Fixture.scratch()
    let finished = Process()
    finished.executableURL = URL(fileURLWithPath: "/bin/true")
    try finished.run()
    finished.waitUntilExit()
    let name = EmbeddedDataFolder.folderName(of: try EmbeddedDataFolder.files())
    let dead = cache.appendingPathComponent("\(name).extracting-\(finished.processIdentifier)")
    let live = cache.appendingPathComponent("\(name).extracting-1")
    for folder in [dead, live] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    _ = try EmbeddedDataFolder.folder(in: cache)
    #expect(!FileManager.default.fileExists(atPath: dead.path))
    #expect(FileManager.default.fileExists(atPath: live.path))
  }
}
