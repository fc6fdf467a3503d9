// swift-tools-version: 6.1
// Benchmarks live in their own package so that ordinary builds and CI do not compile the
// benchmark tool. Run: cd Benchmarks && swift package --disable-sandbox benchmark
import PackageDescription

let package = Package(
  name: "SilkRouteBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "SilkRoute", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "SilkRouteBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "SilkRoute", package: "SilkRoute"),
        .product(name: "SilkRouteStore", package: "SilkRoute"),
        .product(name: "SilkRouteAPI", package: "SilkRoute"),
        .product(name: "SilkRouteSynthetic", package: "SilkRoute"),
        .product(name: "SilkRouteGraphviz", package: "SilkRoute"),
        .product(name: "SilkRouteGeoJSON", package: "SilkRoute"),
      ],
      path: "Benchmarks/SilkRouteBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
