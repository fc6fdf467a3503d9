import Foundation
import PackagePlugin

/// Compiles the package's `Data/*.csv` (and the basemap, `Data/*.geojson`) into the target it is applied to (`SilkRouteBundledData`),
/// so that a `silkroute` binary copied away from the source tree still has the bundled network.
///
/// The folder and every CSV file in it are inputs: the generated source is made again whenever a
/// file changes, and when one is added or removed (the folder's own modification time changes;
/// SwiftPM does not run the plugin again for that, so the generator lists the folder itself).
@main
struct EmbedBundledData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Data")
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".geojson") }.sorted()
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
        displayName: "Embedding Data/*.csv into \(target.name)",
        executable: try context.tool(named: "SilkRouteDataEmbedder").url,
        arguments: [output.path, folder.path],
        inputFiles: [folder] + inputs,
        outputFiles: [output])
    ]
  }
}

/// Why the bundled data could not be embedded: shown as the build's error.
struct EmbedBundledDataError: Error, CustomStringConvertible {
  let message: String
  var description: String { "EmbedBundledData: \(message)" }
}
