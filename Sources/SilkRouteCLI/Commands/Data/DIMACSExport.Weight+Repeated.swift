import ArgumentParser
import SilkRouteStore

extension DIMACSExport.Weight {
  /// The criteria of a repeated `--weight`: `time` when none is given, each at most once.
  ///
  /// - Throws: `ValidationError` naming the criterion given twice.
  static func distinct(_ weights: [Self]) throws(ValidationError) -> [Self] {
    guard !weights.isEmpty else { return [.time] }
    for (index, weight) in weights.enumerated() where weights[..<index].contains(weight) {
      throw ValidationError("--weight \(weight.rawValue) is given twice: each criterion has one file")
    }
    return weights
  }
}
