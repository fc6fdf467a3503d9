import CGraphviz
import Foundation

/// Loads Graphviz's standard plugins straight from their shared libraries, for a context whose
/// configuration file is missing. The libraries are looked for in `$SILKROUTE_GRAPHVIZ_PLUGINS`,
/// else in the `graphviz/` folder beside the loaded `libgvc`. Loaded once per process and never
/// unloaded (Graphviz keeps pointers into them).
enum GraphvizPlugins {
  static let advice =
    "run 'dot -c' as root to register Graphviz's plugins (or reinstall the graphviz package)"

  /// The plugin libraries: output formats (core), layouts, and cairo rendering (PNG, PDF).
  static let libraries = ["core", "dot_layout", "neato_layout", "pango"]

  /// The `lt_symlist_t` table given to `gvContextPlugins`, built once. Guarded by `GraphvizLock`.
  nonisolated(unsafe) private static var table: UnsafeMutablePointer<lt_symlist_t>?

  static func builtins(configurationMessage: String?) throws(GraphvizError) -> UnsafeMutablePointer<
    lt_symlist_t
  > {
    if let table { return table }
    let detail = configurationMessage.map { " (\($0))" } ?? ""
    guard let folder = directory() else {
      throw .noLayoutPlugins(
        "its plugin configuration is missing\(detail) and libgvc's folder is unknown; \(advice)")
    }
    var symbols: [(name: UnsafeMutablePointer<CChar>, address: UnsafeMutableRawPointer)] = []
    var missing: [String] = []
    for library in libraries {
      let path = "\(folder)/libgvplugin_\(library).so.6"
      let symbol = "gvplugin_\(library)_LTX_library"
      guard let handle = dlopen(path, RTLD_NOW), let address = dlsym(handle, symbol),
        let name = strdup(symbol)
      else {
        missing.append(path)
        continue
      }
      symbols.append((name, address))
    }
    guard symbols.contains(where: { String(cString: $0.name).contains("layout") }) else {
      throw .noLayoutPlugins(
        "its plugin configuration is missing\(detail) and no plugin library loads from \(folder) "
          + "(\(missing.joined(separator: ", "))); \(advice)")
    }
    let table = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: symbols.count + 1)
    for (index, symbol) in symbols.enumerated() {
      table[index] = lt_symlist_t(name: UnsafePointer(symbol.name), address: symbol.address)
    }
    table[symbols.count] = lt_symlist_t(name: nil, address: nil)
    Self.table = table
    return table
  }

  /// `$SILKROUTE_GRAPHVIZ_PLUGINS`, else `<folder of the loaded libgvc>/graphviz`.
  static func directory() -> String? {
    if let explicit = ProcessInfo.processInfo.environment["SILKROUTE_GRAPHVIZ_PLUGINS"], !explicit.isEmpty {
      return explicit
    }
    // /proc/self/maps lists every mapped file: "… /usr/lib/x86_64-linux-gnu/libgvc.so.6.0.0".
    guard let maps = readProcMaps() else { return nil }
    for line in String(decoding: maps, as: UTF8.self).split(separator: "\n") {
      guard let slash = line.firstIndex(of: "/"), line.contains("/libgvc.so") else { continue }
      let path = URL(fileURLWithPath: String(line[slash...]))
      return path.deletingLastPathComponent().appendingPathComponent("graphviz").path
    }
    return nil
  }

  /// /proc files report size 0, so read them to the end.
  private static func readProcMaps() -> Data? {
    guard let handle = FileHandle(forReadingAtPath: "/proc/self/maps") else { return nil }
    defer { try? handle.close() }
    return try? handle.readToEnd()
  }
}
