import Foundation
import PackagePlugin

/// Compiles the package's `Data/*.csv` into the target it is applied to (`SilkRouteBundledData`),
/// so that a `silkroute` binary copied away from the source tree still has the bundled network.
///
/// Every CSV file of `Data/` is an input: the generated source is made again whenever one changes,
/// and the plugin lists the folder on every build, so an added or removed file is seen too.
@main
struct EmbedBundledData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Data")
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".csv") }.sorted()
    } catch {
      throw EmbedBundledDataError(message: "cannot list \(folder.path): \(error.localizedDescription)")
    }
    guard !names.isEmpty else {
      throw EmbedBundledDataError(message: "\(folder.path) holds no .csv file to embed")
    }
    let inputs = names.map { folder.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDataset+Files.swift")
    return [
      .buildCommand(
        displayName: "Embedding Data/ (\(names.count) CSV files) into \(target.name)",
        executable: try context.tool(named: "SilkRouteDataEmbedder").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}

/// Why the bundled data could not be embedded: shown as the build's error.
struct EmbedBundledDataError: Error, CustomStringConvertible {
  let message: String
  var description: String { "EmbedBundledData: \(message)" }
}
