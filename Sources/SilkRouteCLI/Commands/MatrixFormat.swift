import ArgumentParser

/// How `silkroute matrix` writes its cells.
enum MatrixFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}
