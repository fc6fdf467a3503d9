// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "SilkRoute",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "SilkRoute", targets: ["SilkRoute"]),
    .library(name: "SilkRouteStore", targets: ["SilkRouteStore"]),
    .library(name: "SilkRouteAPI", targets: ["SilkRouteAPI"]),
    .library(name: "SilkRouteGeoJSON", targets: ["SilkRouteGeoJSON"]),
    .library(name: "SilkRouteGraphviz", targets: ["SilkRouteGraphviz"]),
    .library(name: "SilkRouteServer", targets: ["SilkRouteServer"]),
    .library(name: "SilkRouteSynthetic", targets: ["SilkRouteSynthetic"]),
    .executable(name: "silkroute", targets: ["SilkRouteCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    // Hummingbird's own NIO and HTTP types: the server's connection handlers (draining on
    // shutdown, client gone) and its header names.
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    // `swift package generate-documentation --target SilkRouteAPI` (DocC); not built otherwise.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // Core: domain model, network, search. Imports no GRDB, Graphviz or ArgumentParser.
    .target(
      name: "SilkRoute",
      dependencies: [.product(name: "HeapModule", package: "swift-collections")]
    ),
    // The bundled network's Data/*.csv compiled into the binary (EmbedBundledData runs
    // SilkRouteDataEmbedder on them at build time), so that one copied binary is a whole install.
    .target(name: "SilkRouteBundledData", plugins: ["EmbedBundledData"]),
    .plugin(name: "EmbedBundledData", capability: .buildTool(), dependencies: ["SilkRouteDataEmbedder"]),
    .executableTarget(name: "SilkRouteDataEmbedder"),
    // SQLite schema, CSV import/export and network loading.
    .target(
      name: "SilkRouteStore",
      dependencies: [
        "SilkRoute",
        "SilkRouteBundledData",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    // The versioned JSON contract for booking systems (requests, stamped responses). Imports no
    // store and no GRDB: a caller hands `BookingService` a network (the CLI opens it from the store).
    .target(name: "SilkRouteAPI", dependencies: ["SilkRoute"]),
    // Geography: sea lanes, great circles, GeoJSON export of the network and of itineraries.
    .target(name: "SilkRouteGeoJSON", dependencies: ["SilkRoute", "SilkRouteBundledData"]),
    // The Graphviz C libraries (libgvc, libcgraph), found through pkg-config.
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    // Network and route diagrams rendered in-process by libgvc, behind one process-wide lock.
    .target(name: "SilkRouteGraphviz", dependencies: ["SilkRoute", "SilkRouteGeoJSON", "CGraphviz"]),
    // The HTTP service (`silkroute serve`): Hummingbird routes over BookingService. Nothing else
    // depends on Hummingbird.
    .target(
      name: "SilkRouteServer",
      dependencies: [
        "SilkRoute",
        "SilkRouteAPI",
        "SilkRouteGeoJSON",
        "SilkRouteGraphviz",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ],
      // The planner's web page (`GET /`, `/app/…`): plain HTML, CSS and JavaScript compiled into
      // the binary as byte arrays (`PackageResources`), so the binary alone serves it.
      resources: ["index.html", "app.css", "api.js", "map.js", "chart.js", "app.js"].map {
        .embedInCode("WebPage/Assets/\($0)")
      }
    ),
    // Seeded synthetic networks of any size (`silkroute data generate`). Foundation and the core only.
    .target(name: "SilkRouteSynthetic", dependencies: ["SilkRoute"]),
    // The `silkroute` command: argument parsing and output formatting only.
    .executableTarget(
      name: "SilkRouteCLI",
      dependencies: [
        "SilkRoute",
        "SilkRouteStore",
        "SilkRouteAPI",
        "SilkRouteGeoJSON",
        "SilkRouteGraphviz",
        "SilkRouteServer",
        "SilkRouteSynthetic",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What the front-ends' tests share (the bundled booking service, a loopback socket): a
    // library linked into their test targets only.
    .target(
      name: "SilkRouteTestSupport", dependencies: ["SilkRoute", "SilkRouteAPI", "SilkRouteStore"],
      path: "Tests/SilkRouteTestSupport"),
    .testTarget(name: "SilkRouteTests", dependencies: ["SilkRoute"]),
    .testTarget(
      name: "SilkRouteStoreTests", dependencies: ["SilkRoute", "SilkRouteStore", "SilkRouteSynthetic"]),
    .testTarget(
      name: "SilkRouteSyntheticTests", dependencies: ["SilkRouteSynthetic", "SilkRoute", "SilkRouteStore"]
    ),
    .testTarget(
      name: "SilkRouteAPITests",
      dependencies: ["SilkRouteAPI", "SilkRoute", "SilkRouteStore", "SilkRouteSynthetic", "SilkRouteTestSupport"]),
    // The CLI's tests also drive the HTTP API and the library: the three front-ends answer alike.
    .testTarget(
      name: "SilkRouteCLITests",
      dependencies: [
        "SilkRouteCLI",
        "SilkRouteStore",
        "SilkRouteAPI",
        "SilkRouteServer",
        "SilkRouteTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "SilkRouteGeoJSONTests", dependencies: ["SilkRouteGeoJSON", "SilkRoute", "SilkRouteStore"]
    ),
    .testTarget(
      name: "SilkRouteServerTests",
      dependencies: [
        "SilkRouteServer",
        "SilkRouteAPI",
        "SilkRoute",
        "SilkRouteStore",
        "SilkRouteTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "SilkRouteGraphvizTests",
      dependencies: ["SilkRouteGraphviz", "SilkRouteGeoJSON", "SilkRoute", "SilkRouteStore"]
    ),
  ]
)
