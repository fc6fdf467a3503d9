import Foundation
import SilkRoute
import Testing

@testable import SilkRouteStore

/// Hostile data, seeded and bounded: every mutated dataset and DIMACS file ends in a located
/// one-line error or a network, never a crash; a dataset `data validate` accepts is one `data
/// import` writes.
@Suite struct StoreFuzzTests {
  /// One random edit of CSV bytes: characters, fields and lines inserted, deleted, duplicated or
  /// swapped; garbage, huge numbers, control characters, stray quotes, invalid UTF-8.
  static func mutate(_ bytes: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
    var bytes = bytes
    func position() -> Int { bytes.isEmpty ? 0 : Int(rng.next() % UInt64(bytes.count)) }
    let insertions: [[UInt8]] = [
      [0], [0x1B], [0xFF], [0xC3], Array("\"".utf8), Array(",".utf8), Array("\n".utf8), Array(";".utf8),
      Array("99999999999999999999".utf8), Array("-1".utf8), Array("1.5".utf8), Array("ł".utf8),
      Array(" ".utf8), Array("\r\n".utf8), Array("yes".utf8), Array("2024-02-30".utf8),
    ]
    for _ in 0..<(1 + Int(rng.next() % 3)) {
      switch rng.next() % 8 {
      case 0 where !bytes.isEmpty: bytes.remove(at: position())
      case 1: bytes.insert(contentsOf: insertions[Int(rng.next() % UInt64(insertions.count))], at: position())
      case 2 where !bytes.isEmpty: bytes[position()] = UInt8(truncatingIfNeeded: rng.next())
      case 3:
        // Duplicate or drop a whole line.
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count > 1 else { continue }
        var edited = Array(lines)
        let line = Int(rng.next() % UInt64(lines.count))
        if rng.next() % 2 == 0 { edited.insert(lines[line], at: line) } else { edited.remove(at: line) }
        bytes = Array(edited.joined(separator: [UInt8(ascii: "\n")]))
      case 4: bytes = Array(bytes.prefix(position()))  // truncated
      case 5:
        // Replace one field with another's text.
        let commas = bytes.indices.filter { bytes[$0] == UInt8(ascii: ",") }
        guard commas.count > 2 else { continue }
        let a = commas[Int(rng.next() % UInt64(commas.count - 1))]
        let end =
          bytes[(a + 1)...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\n") } ?? bytes.count
        bytes.replaceSubrange((a + 1)..<end, with: insertions[Int(rng.next() % UInt64(insertions.count))])
      case 6: bytes = []
      default: bytes.append(contentsOf: insertions[Int(rng.next() % UInt64(insertions.count))])
      }
    }
    return bytes
  }

  /// A problem's report: located in a known file, one line.
  static func isLocatedOneLine(_ error: DataFileError, files: Set<String>) -> Bool {
    files.contains(error.location.file) && error.location.line >= 1 && error.location.column >= 1
      && !error.description.contains("\n") && !error.description.contains("\r")
  }

  @Test func mutatedDatasetsFailLocatedOrImport() throws {
    let seed: UInt64 = 20_261_207
    var rng = SplitMix64(seed: seed)
    let original = DataFolder.render(Fixture.data())
    let files = Set(original.map(\.fileName))
    let folder = Fixture.scratch()
    var accepted = 0
    var refused = 0
    var written: [String: [UInt8]] = [:]
    for round in 0..<2_000 {
      // Mutate one or two files of the small fixture network.
      var texts = Dictionary(uniqueKeysWithValues: original.map { ($0.fileName, Array($0.text.utf8)) })
      for _ in 0..<(1 + Int(rng.next() % 2)) {
        let name = original[Int(rng.next() % UInt64(original.count))].fileName
        texts[name] = Self.mutate(texts[name] ?? [], using: &rng)
      }
      for (name, bytes) in texts where written[name] != bytes {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        written[name] = bytes
      }
      let context = "seed \(seed) round \(round)"
      do {
        let data = try DataFolder.load(folder)
        accepted += 1
        // What validate accepts, import writes (one path for both): into a new database.
        let path = folder.appendingPathComponent("round.sqlite").path
        try? FileManager.default.removeItem(atPath: path)
        #expect(throws: Never.self, "\(context)") { try DatabaseFile.importData(data, into: path) }
      } catch {
        refused += 1
        #expect(!error.problems.isEmpty, "\(context)")
        for problem in error.problems {
          #expect(Self.isLocatedOneLine(problem, files: files), "\(context): \(problem)")
        }
      }
    }
    #expect(accepted > 20 && refused > 1_000, "accepted \(accepted), refused \(refused)")
  }

  @Test func mutatedDIMACSFilesFailLocatedOrLoad() throws {
    let seed: UInt64 = 7_2026
    var rng = SplitMix64(seed: seed)
    var loaded = 0
    var refused = 0
    for round in 0..<2_000 {
      let nodes = 2 + Int(rng.next() % 8)
      let arcs = Int(rng.next() % 20)
      var text = "c random graph \(round)\np sp \(nodes) \(arcs)\n"
      for _ in 0..<arcs {
        text += "a \(1 + rng.next() % UInt64(nodes)) \(1 + rng.next() % UInt64(nodes)) \(rng.next() % 1000)\n"
      }
      var coordinates = "p aux sp co \(nodes)\n"
      for node in 1...nodes {
        coordinates += "v \(node) \(rng.next() % 1_000_000) \(rng.next() % 1_000_000)\n"
      }
      let graphBytes = rng.next() % 4 == 0 ? Array(text.utf8) : Self.mutate(Array(text.utf8), using: &rng)
      let coordinateBytes =
        rng.next() % 2 == 0 ? Array(coordinates.utf8) : Self.mutate(Array(coordinates.utf8), using: &rng)
      let context = "seed \(seed) round \(round)"
      do {
        let graph = try DIMACSGraph(parsing: Data(graphBytes), file: "f.gr")
        let placed = try DIMACSCoordinates(parsing: Data(coordinateBytes), file: "f.co")
        let weight = [DIMACSExport.Weight.time, .cost, .co2][Int(rng.next() % 3)]
        let data = try DIMACSImport.network(from: graph, weight: weight, coordinates: placed)
        _ = try TransportNetwork(data)
        loaded += 1
      } catch let error as DataFileError {
        refused += 1
        #expect(Self.isLocatedOneLine(error, files: ["f.gr", "f.co"]), "\(context): \(error)")
      } catch let error as InvalidNetworkError {
        refused += 1
        #expect(!error.issues.isEmpty, "\(context)")
      }
    }
    #expect(loaded > 50 && refused > 500, "loaded \(loaded), refused \(refused)")
  }
}
