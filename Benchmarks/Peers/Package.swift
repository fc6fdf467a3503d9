// swift-tools-version: 6.1
// SilkRoute's side of the peers comparison (`../../../shared/peers/run.sh`), in its own package so
// that package-benchmark does not take it for a benchmark. Run from this folder:
//   swift run -c release silkroute-peers FILE.gr FILE.sources.txt [--variants]
import PackageDescription

let package = Package(
  name: "SilkRoutePeers",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "SilkRoute", path: "../..")],
  targets: [
    .executableTarget(
      name: "silkroute-peers",
      dependencies: [
        .product(name: "SilkRoute", package: "SilkRoute"),
        .product(name: "SilkRouteStore", package: "SilkRoute"),
      ]
    )
  ]
)
