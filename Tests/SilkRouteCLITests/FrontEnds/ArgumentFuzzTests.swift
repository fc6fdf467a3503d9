import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteGeoJSON
import SilkRouteGraphviz
import SilkRouteStore
import SilkRouteTestSupport
import Testing

@testable import SilkRouteCLI

/// Seeded generated argument vectors for `silkroute route`, `cities`, `names`, `diagram` and
/// `data validate`: known and unknown flags, values good and hostile (empty, huge, negative,
/// unicode, control characters, `-5`, `--`), options repeated. Each must end in an answer or in a
/// `CommandFailure` of one printable line with a documented exit status — never a crash.
@Suite(.serialized) struct ArgumentFuzzTests {
  static let service = BundledService.shared
  static let runner = CommandRunner(name: "silkroute-fuzz")
  /// Files the vectors may write: only in the runner's scratch folder.
  static var scratch: String { runner.scratch.appendingPathComponent("out").path }

  /// The exit statuses the README documents.
  static let documented: Set<Int32> = [0, 1, 2, 3, 4, 64, 65]

  // MARK: Generating vectors

  /// Values that break parsers: empty, blank, huge, negative, fractional, unicode, control
  /// characters, option-like words.
  static let hostile = [
    "", " ", "-", "--", "-5", "-1", "0", "1", "7", "20", "21", "99999999999999999999", "9223372036854775807",
    "-9223372036854775808", "2147483648", "1e308", "1e400", "NaN", "inf", "-0", "0x10", "1_000", "３",
    "Алматы", "北京", "🚂", "e\u{301}", "עברית", "\u{0}", "a\u{0}b", "\u{1}", "\n", "a\nb", "\t", "\r\n",
    "\u{7}", "\u{1b}[31mred", "\u{7f}", "\u{85}", "\u{2028}", "\u{feff}", "\u{200b}", "%s%n", "'", "\"",
    "\\", "$(id)", "../../etc/passwd", "/", ".", "=", ",", ",,", "a,,b", "x=", "=1d",
    String(repeating: "a", count: 1000), String(repeating: "9", count: 400),
  ]

  static let cities = [
    "Jiaozhou", "Hamburg", "Almaty", "Moscow", "qingdao", "CNTAO", "ulan bator", "Malaszewicze",
    "Atlantis", "Almatty", "Tashkent", "Urumqi",
  ]

  /// The flags of each command with values it might be given.
  static let routeOptions: [String: [String]] = [
    "--cargo": [
      "1xFEU", "2xTEU", "800kg", "1.5t", "0xFEU", "-1xTEU", "99999999999999xFEU", "1e9kg", "nankg",
      "1xXEU", "9223372036854775807kg", "0.0001t", "1xfeu",
    ],
    "--cargo-class": ["general", "reefer", "dangerous", "ecommerce", "frozen"],
    "--objective": ["cheapest", "fastest", "greenest", "Fastest", "slowest"],
    "--format": ["table", "json", "geojson", "xml"],
    "--pareto": ["cost,time", "cost,time,co2", "time,documents", "co2", "cost,cost", "cost,,time", "money"],
    "--value": ["250000", "1200000.50", "lots", "-1", "1e400", "0.001", "92233720368547758.07"],
    "--alternatives": ["1", "3", "20", "21", "0", "-3"],
    "--depart": [
      "2026-12-01T08:00Z", "2026-02-30T00:00Z", "0001-01-01T00:00Z", "9999-12-31T23:59Z", "2026-12-01",
      "yesterday", "-2026-01-01T00:00Z",
    ],
    "--arrive-by": ["2026-12-20T00:00Z", "1970-01-01T00:00Z", "9999-12-31T23:59Z", "2026-12-20T25:00Z"],
    "--deadline": [
      "20d", "12h", "4h15m", "0m", "9999999d", "99999999d", "2027-01-10T00:00Z", "1d1d", "h", "10",
    ],
    "--budget": ["1500", "3000.50", "-5", "0", "1e30", "99999999999999999999", "0.001", "12,000", "$100"],
    "--max-legs": ["1", "4", "0", "-1"],
    "--max-transfers": ["0", "3", "-1"],
    "--avoid-country": ["RU", "KZ", "Mongolia", "CN", "DE", "Narnia", "ru,by"],
    "--avoid-mode": ["sea", "air", "road", "rail", "boat", "sea,air,road,rail"],
    "--avoid-carrier": ["rzd", "cosco", "Evergreen", "nobody"],
    "--avoid-crossing": ["suez", "brest-malaszewicze", "Alashankou-Dostyk", "Sues"],
    "--via": ["Almaty", "Moscow", "Moscow,Almaty", "Hamburg", "Jiaozhou", "Atlantis"],
    "--close": ["Suez", "Khorgos", "Brest-Malaszewicze", "Almaty", "Jiaozhou", "Sues"],
    "--delay": ["Brest-Malaszewicze=10d", "Suez=9999999d", "Almaty=", "=10d", "Suez=-1d", "Suez=1x"],
    "--db": ["/nonexistent/scoda.sqlite", "", "/proc/version"],
  ]
  static let routeFlags = ["--single-bl", "--bl-draft", "--pareto", "--help", "-h", "--version"]

  static let diagramOptions: [String: [String]] = [
    "--format": ["svg", "png", "pdf", "dot", "geojson", "jpg"],
    "--layout": ["geo", "dot", "neato", "fdp", "sfdp", "circo"],
    "--mode": ["sea", "rail", "road", "air", "boat", "rail,air"],
    "--country": ["KZ", "KZ,UZ", "Kazakhstan", "Narnia", "DE"],
    "--from": ["Almaty", "Jiaozhou", "Almatty", "Atlantis"],
    "--hops": ["1", "2", "0", "-1", "9223372036854775807", "1000000"],
    "--width": ["800", "15", "16", "20000", "20001", "-800"],
    "--title": ["", " ", "Map", "<B>", "a\u{1}b", "&amp;", "\\N", "]]>"],
    "--db": ["/nonexistent/scoda.sqlite"],
  ]

  static let listOptions: [String: [String]] = [
    "--format": ["table", "json", "csv"],
    "--db": ["/nonexistent/scoda.sqlite", ""],
  ]

  /// Output files: in the scratch folder, a folder, an unknown extension, an unwritable place —
  /// never a hostile value (the binary would write there).
  static func outputPath(using rng: inout SplitMix64) -> String {
    let names = ["m.svg", "m.dot", "m.geojson", "m.pdf", "m.png", "m.jpg", "m", "sub/m.svg", "", "m.SVG"]
    switch rng.next() % 6 {
    case 0: return scratch + "/"
    case 1: return "/proc/silkroute-fuzz/m.svg"
    case 2: return ""
    default: return scratch + "/" + names[Int(rng.next() % UInt64(names.count))]
    }
  }

  /// One argument vector (without the program name).
  static func vector(using rng: inout SplitMix64) -> [String] {
    func pick(_ values: [String]) -> String { values[Int(rng.next() % UInt64(values.count))] }
    func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }
    func value(_ good: [String]?) -> String {
      if let good, !good.isEmpty, chance(85) { return pick(good) }
      return pick(hostile)
    }
    var arguments: [String]
    var options: [String: [String]]
    var flags: [String] = ["--help", "--version"]
    var positional: [[String]] = []
    switch rng.next() % 20 {
    case 0...6:
      arguments = ["route"]
      options = routeOptions
      flags = routeFlags
      positional = [cities, cities]
    case 7...9:
      arguments = ["cities"]
      options = listOptions
    case 10...12:
      arguments = ["names"]
      options = listOptions
      positional = [["countries", "carriers", "crossings", "places", "cities", "Cities", "rivers"]]
    case 13...16:
      arguments = ["diagram"]
      options = diagramOptions
      positional = []
    default:
      arguments = ["data", "validate"]
      options = [:]
      let data = CommandRunner.repository.appendingPathComponent("Data").path
      positional = [["/nonexistent/folder", "/proc", "", "/", "Data", "/nonexistent/folder/", data]]
    }
    // Positionals, sometimes missing, extra or out of place.
    var words: [[String]] = []
    for candidates in positional where chance(95) { words.append([value(candidates)]) }
    if chance(4) { words.append([value(nil)]) }
    let keys = options.keys.sorted()
    for _ in 0..<Int(rng.next() % 7) {
      if chance(4) {
        words.append([pick(["--nope", "-x", "--format=json", "--cargo=2xTEU", "--via=", "-Z"]), value(nil)])
      } else if chance(10) {
        words.append([pick(flags)])
      } else if !keys.isEmpty {
        let key = pick(keys)
        let good = options[key] ?? []
        // A database path only from the list: it is opened, and a hostile path could name any file.
        func next() -> String { key == "--db" ? pick(good) : value(good) }
        words.append([key, next()])
        if chance(10) { words.append([key, next()]) }  // repeated
      }
    }
    if arguments == ["diagram"] && chance(50) {
      words.append([pick(["-o", "--output"]), outputPath(using: &rng)])
    }
    if arguments == ["route"] && chance(3) { words.append(["--diagram", outputPath(using: &rng)]) }
    // Shuffle the groups, then sometimes put `--` between two of them (never between an option
    // and its value: `-o -- x` would write a file named `--`) or drop the last value.
    for index in words.indices.reversed() where index > 0 {
      words.swapAt(index, Int(rng.next() % UInt64(index + 1)))
    }
    if chance(5) { words.insert(["--"], at: Int(rng.next() % UInt64(words.count + 1))) }
    var flat = words.flatMap { $0 }
    if chance(3), !flat.isEmpty { flat.removeLast() }
    return arguments + flat
  }

  // MARK: Running them

  enum Outcome: Sendable, CustomStringConvertible {
    case answer
    case failure(CommandFailure.Status, String)

    var description: String {
      switch self {
      case .answer: "answer"
      case .failure(let status, let message): "\(status.rawValue): \(message)"
      }
    }
  }

  /// The vector parsed by its command as the binary parses it (the root's `--pareto` default
  /// applied) and run as the command runs, printing nothing and reading the bundled network
  /// once; a `--db` is opened and a diagram's `--output` written (empty), as the command would.
  static func inProcess(_ arguments: [String]) -> Outcome {
    do {
      let rest = Array(arguments.dropFirst())
      let service = try service.get()
      let network = service.network
      switch arguments.first {
      case "route":
        let route = try RouteCommand.parse(SilkRouteCommand.defaultingParetoCriteria(rest))
        let plan = try route.request().plan()
        if route.database.db != nil { _ = try route.database.loadService() }
        _ = try route.render(try service.answer(plan), plan: plan, network: network)
      case "cities":
        let cities = try CitiesCommand.parse(rest)
        if cities.database.db != nil { _ = try cities.database.openStore() }
        _ = CityListing.all(in: network)
      case "names":
        let names = try NamesCommand.parse(rest)
        if names.database.db != nil { _ = try names.database.openStore() }
        if let kind = NameListing.kinds[names.kind.lowercased()] { _ = NameListing.all(kind, in: network) }
      case "diagram":
        let diagram = try DiagramCommand.parse(rest)
        if diagram.database.db != nil { _ = try diagram.database.openStore() }
        let selection = try diagram.selection()
        do {
          _ = try selection.resolve(in: network)
        } catch {
          throw DiagramError.selection(error)
        }
        if let output = diagram.output { try DiagramFile.write(Data(), to: output) }
      case "data":
        let validate = try ValidateCommand.parse(Array(rest.dropFirst()))
        let folder = try validate.folder.map { URL(fileURLWithPath: $0) } ?? BundledNetwork.dataFolder()
        _ = try DataFolder.load(folder)
      default:
        break
      }
      return .answer
    } catch {
      // --help and --version end in success (asked only then: it costs as much as the message).
      if arguments.contains(where: ["--help", "-h", "--version"].contains),
        SilkRouteCommand.exitCode(for: error) == .success
      {
        return .answer
      }
      let failure = CommandFailure(error)
      return .failure(failure.status, failure.message)
    }
  }

  /// What is wrong with a message the CLI prints: it must be one non-empty line of printable
  /// characters.
  static func problems(ofMessage message: String) -> [String] {
    var problems: [String] = []
    if message.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("empty message") }
    let raw = message.unicodeScalars.filter {
      $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
    }
    if !raw.isEmpty {
      problems.append("raw control characters \(raw.map { "U+\(String($0.value, radix: 16))" })")
    }
    return problems
  }

  /// 10,400 vectors in this process (on two workers), every 50th (~200) through the binary too.
  @Test func generatedVectorsEndInAnAnswerOrOneLineError() async throws {
    let seed: UInt64 = 15_2026
    var rng = SplitMix64(seed: seed)
    let vectors = (0..<10_400).map { _ in Self.vector(using: &rng) }
    let started = ContinuousClock.now
    try FileManager.default.createDirectory(atPath: Self.scratch, withIntermediateDirectories: true)
    _ = try Self.service.get()
    let workers = 2
    let outcomes = await withTaskGroup(of: [(Int, Outcome)].self) { group in
      for worker in 0..<workers {
        group.addTask {
          stride(from: worker, to: vectors.count, by: workers).map { ($0, Self.inProcess(vectors[$0])) }
        }
      }
      var all = [Outcome](repeating: .answer, count: vectors.count)
      for await part in group { for (index, outcome) in part { all[index] = outcome } }
      return all
    }
    var tally: [String: Int] = [:]
    var binaryRuns = 0
    for (index, (arguments, outcome)) in zip(vectors, outcomes).enumerated() {
      let context = "seed \(seed), vector \(index): \(arguments.map { ErrorWording.escaped($0) })"
      switch outcome {
      case .answer:
        tally["0 \(arguments[0])", default: 0] += 1
      case .failure(let status, let message):
        tally["\(status.rawValue) \(arguments[0])", default: 0] += 1
        let problems = Self.problems(ofMessage: message)
        #expect(problems.isEmpty, "\(context): \(problems): \(ErrorWording.escaped(message))")
      }
      // Every 50th through the binary too (a NUL cannot be passed in argv).
      guard index % 50 == 0, !arguments.contains(where: { $0.contains("\u{0}") }) else { continue }
      binaryRuns += 1
      let run = try Self.runner.run(arguments)
      #expect(Self.documented.contains(run.status), "\(context): exit \(run.status), \(run.stderr)")
      if run.status == 0 {
        #expect(run.stderr.isEmpty, "\(context): \(run.stderr)")
      } else {
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
          lines.count == 2 && lines[1].isEmpty && lines[0].hasPrefix("silkroute: "),
          "\(context): \(ErrorWording.escaped(run.stderr))")
        let message = String(lines.first?.dropFirst("silkroute: ".count) ?? "")
        #expect(
          Self.problems(ofMessage: message).isEmpty, "\(context): \(ErrorWording.escaped(run.stderr))")
      }
      // The binary and this process agree on the class of the outcome.
      switch outcome {
      case .answer: #expect(run.status == 0, "\(context): binary \(run.status) \(run.stderr)")
      case .failure(let status, _):
        #expect(run.status == status.rawValue, "\(context): binary \(run.status), here \(outcome)")
      }
    }
    let elapsed = ContinuousClock.now - started
    #expect(binaryRuns >= 200)
    // About 110 s of CPU in a debug build (half of it ArgumentParser checking each command's
    // definition, which it does on every parse in debug builds), ~60 s on two idle cores; the
    // bound only catches a hang.
    #expect(elapsed < .seconds(300), "\(elapsed)")
    // The pool reaches answers and every class of failure of every command.
    for key in [
      "0 route", "1 route", "2 route", "3 route", "64 route", "0 cities", "64 cities", "0 names", "64 names",
      "0 diagram", "1 diagram", "64 diagram", "0 data", "65 data",
    ] {
      #expect((tally[key] ?? 0) > 0, "\(key): \(tally.sorted { $0.key < $1.key })")
    }
  }
}
