/// A Graphviz failure, with Graphviz's own message where it gave one.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `gvContext()` failed.
  case contextUnavailable(String)
  /// Graphviz has no layout plugins: its plugin configuration is missing or broken, and the
  /// plugins could not be loaded directly either.
  case noLayoutPlugins(String)
  case unknownLayout(String, available: [String])
  case unknownFormat(String, available: [String])
  /// Building the graph in cgraph failed.
  case graph(String)
  case layout(engine: String, message: String)
  case render(format: String, message: String)
  /// DOT text that cgraph cannot read.
  case parse(String)

  public var description: String {
    switch self {
    case .contextUnavailable(let message):
      return "Graphviz could not start: \(message)"
    case .noLayoutPlugins(let message):
      return "Graphviz has no layout plugins: \(message)"
    case .unknownLayout(let name, let available):
      return "Graphviz has no layout '\(name)' (available: \(available.joined(separator: ", ")))"
    case .unknownFormat(let name, let available):
      return "Graphviz cannot write '\(name)' (available: \(available.joined(separator: ", ")))"
    case .graph(let message):
      return "Graphviz could not build the graph: \(message)"
    case .layout(let engine, let message):
      return "Graphviz \(engine) layout failed: \(message)"
    case .render(let format, let message):
      return "Graphviz could not render \(format): \(message)"
    case .parse(let message):
      return "Graphviz could not read the DOT text: \(message)"
    }
  }
}
