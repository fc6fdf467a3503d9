/// The bundled SCODA network's `Data/*.csv`, as they were when the binary was built: the
/// EmbedBundledData build-tool plugin (`Plugins/`) runs `SilkRouteDataEmbedder` on them and
/// compiles the result into this module as `EmbeddedDataset.files`, again whenever a file changes.
///
/// `BundledNetwork.dataFolder()` (SilkRouteStore) writes them out and loads them as a folder when
/// no `Data/` is found, so a `silkroute` binary copied anywhere has the bundled network.
package enum EmbeddedDataset {}
