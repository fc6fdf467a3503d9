import CGraphviz
import Foundation

/// Owns a Graphviz context (`GVC_t`), freed in `deinit`. Create, use and release it only inside
/// `GraphvizLock.withLock`.
///
/// A context without layout plugins would crash in `gvLayout`; this happens when Graphviz's
/// plugin configuration (`<libdir>/graphviz/config6a`, written by `dot -c` at install time) is
/// missing or unreadable. The context then loads the plugins directly from their shared
/// libraries and, failing that, throws `GraphvizError.noLayoutPlugins` saying what to do.
final class GraphvizContext {
  let handle: OpaquePointer

  init() throws(GraphvizError) {
    GraphvizMessages.begin()
    guard let context = gvContext() else {
      throw .contextUnavailable(GraphvizMessages.lastError() ?? "gvContext() returned no context")
    }
    if !Self.pluginNames(of: "layout", in: context).isEmpty {
      handle = context
      return
    }
    // No configuration: free this context and build one from the plugin libraries themselves.
    let configurationMessage = GraphvizMessages.lastError()
    Self.free(context)
    GraphvizMessages.begin()
    let builtins = try GraphvizPlugins.builtins(configurationMessage: configurationMessage)
    guard let fallback = gvContextPlugins(builtins, 0) else {
      throw .noLayoutPlugins(
        GraphvizMessages.lastError() ?? "gvContextPlugins() returned no context; \(GraphvizPlugins.advice)")
    }
    guard !Self.pluginNames(of: "layout", in: fallback).isEmpty else {
      Self.free(fallback)
      throw .noLayoutPlugins("the plugin libraries registered no layouts; \(GraphvizPlugins.advice)")
    }
    handle = fallback
  }

  deinit {
    GraphvizLock.withLock { Self.free(handle) }
  }

  private static func free(_ context: OpaquePointer) {
    // gvFreeContext returns how many errors Graphviz reported in the process's life
    // (graphviz_errors + agerrors()), not a status: freeing itself cannot fail. Those errors
    // were turned into thrown errors when they happened.
    _ = gvFreeContext(context)
  }

  /// Names of the installed plugins of `kind` (`layout`, `device`, `render`, `textlayout`).
  func pluginNames(of kind: String) -> [String] { Self.pluginNames(of: kind, in: handle) }

  private static func pluginNames(of kind: String, in context: OpaquePointer) -> [String] {
    var count: Int32 = 0
    guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
    defer { Foundation.free(list) }
    var names: [String] = []
    for index in 0..<Int(max(count, 0)) {
      guard let name = list[index] else { continue }
      names.append(String(cString: name))
      Foundation.free(name)
    }
    return names
  }

  /// - Throws: `GraphvizError.unknownLayout` listing the layouts there are.
  func requireLayout(_ engine: String) throws(GraphvizError) {
    let layouts = pluginNames(of: "layout")
    guard layouts.contains(engine) else { throw .unknownLayout(engine, available: layouts) }
  }

  /// - Throws: `GraphvizError.unknownFormat` listing the output formats there are.
  func requireFormat(_ format: String) throws(GraphvizError) {
    let devices = pluginNames(of: "device")
    // Plugin names may carry their package (`png:cairo`); the format is the part before ':'.
    let formats = Set(devices.map { String($0.split(separator: ":").first ?? "") })
    guard formats.contains(format) else { throw .unknownFormat(format, available: formats.sorted()) }
  }
}
