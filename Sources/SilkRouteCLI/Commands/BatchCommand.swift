import ArgumentParser
import Foundation
import SilkRoute
import SilkRouteAPI
import SilkRouteStore

struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Quote a file of shipments, one route request per row.",
    discussion: """
      Each row is one route request, answered as `silkroute route` (or POST /v1/routes) answers
      it alone. JSON Lines (.jsonl): one RouteRequest object per line, as POST /v1/routes takes
      it. CSV (.csv): a header row of the request's JSON paths, e.g.
      `id,from,to,cargo.unit,cargo.count,objective,depart,constraints.avoidModes`; lists are
      separated by `;` (`air;sea`), delays are `target=minutes` pairs; an empty cell leaves the
      field out. Both take an optional `id`, echoed in the row's result.

      Results come in input order, one per row, as rows finish (computed on every core, the file
      read as it goes): CSV (index, line, id, cities, status, USD, minutes, grams of CO2e, the
      route, the error's field and message) or JSON Lines (the same, with the full answer). A row
      that cannot be read or has no answer carries its error, located by line and field, and the
      others go on.

      Exit status: 0 the batch was read to its end (whatever its rows' answers); 1 a file that
      cannot be read or written, a CSV header that is not one; 64 bad usage.
      """)

  @Argument(help: "The shipments: a .csv or .jsonl file (- for standard input, with --input-format).")
  var input: String
  @Option(help: "Where to write the results (default: standard output).") var output: String?
  @Option(help: "csv or jsonl (default: from --output's extension, else the input's format).")
  var format: BatchFormat?
  @Option(help: "csv or jsonl (default: from the input's extension).") var inputFormat: BatchFormat?

  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    guard inputFormat ?? BatchFormat(path: input) != nil else {
      throw ValidationError(
        "\(input): cannot tell the format: name it .csv or .jsonl, or give --input-format")
    }
  }

  /// The formats in and out.
  var formats: (input: BatchFormat, output: BatchFormat) {
    let read = inputFormat ?? BatchFormat(path: input) ?? .jsonl
    return (read, format ?? output.flatMap(BatchFormat.init(path:)) ?? read)
  }

  func run() throws {
    let (read, write) = formats
    let handle = try openInput(input)
    let service = try database.loadService()
    let sink = try BatchSink(path: output)
    let bytes = BatchBytes(reading: handle)
    let name = input == "-" ? "stdin" : input
    let outcome =
      switch read {
      case .csv: try answer(BatchCSVSource(bytes, name: name), service: service, sink: sink, format: write)
      case .jsonl: try answer(BatchJSONSource(lines: bytes), service: service, sink: sink, format: write)
      }
    try sink.close()
    if outcome.failed > 0 {
      Warning.print("batch: \(outcome.failed) of \(outcome.rows) rows have no answer (see their error)")
    }
  }

  /// Answers every row, writing each result as it comes; the first write that fails stops the
  /// batch (a closed pipe: nobody reads the rest).
  func answer(_ source: some BatchSource, service: BookingService, sink: BatchSink, format: BatchFormat)
    throws -> BatchOutcome
  {
    if format == .csv { try sink.write(BatchCSV.header) }
    let cancellation = SearchCancellation()
    let outcome = try service.answer(batch: source, cancellation: cancellation) { result in
      do {
        try sink.write(try Self.text(result, format: format))
      } catch {
        sink.fail(error)
        cancellation.cancel()
      }
    }
    try sink.check()
    return outcome
  }

  /// One result as the format writes it; errors phrased as `silkroute route` phrases them, with
  /// fields named by their JSON path (the input's column).
  static func text(_ result: BatchResult, format: BatchFormat) throws -> String {
    switch format {
    case .csv:
      return BatchCSV.row(result) { BatchRowFailure($0).message }
    case .jsonl:
      return String(decoding: try BatchLine(result, failure: BatchRowFailure.init).encoded(), as: UTF8.self)
    }
  }

  /// The input file, or standard input for `-`.
  private func openInput(_ path: String) throws -> FileHandle {
    guard path != "-" else { return FileHandle.standardInput }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw StoreError("cannot read \(path): is a folder")
    }
    do {
      return try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    } catch {
      throw StoreError("cannot read \(FileErrorText.describe(error, path: path))")
    }
  }
}
