import ArgumentParser

/// How `silkroute batch` reads its shipments and writes its results: CSV or JSON Lines.
enum BatchFormat: String, ExpressibleByArgument, CaseIterable {
  case csv, jsonl

  /// The format a file's extension names (`.csv`; `.jsonl`, `.ndjson`, `.json`), if it names one.
  init?(path: String) {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".csv") {
      self = .csv
    } else if [".jsonl", ".ndjson", ".json"].contains(where: lowered.hasSuffix) {
      self = .jsonl
    } else {
      return nil
    }
  }
}
