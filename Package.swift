// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sociogram",
    products: [
        .library(name: "Sociogram", targets: ["Sociogram"]),
        // Crash-isolated worker processes (batch's pool, the render pool for the web app).
        .library(name: "SociogramWorkers", targets: ["SociogramWorkers"]),
        .executable(name: "sociogram", targets: ["sociogram-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Spawns and talks to the worker processes (Sources/SociogramWorkers/WorkerProcess.swift).
        .package(url: "https://github.com/swiftlang/swift-subprocess", exact: "1.0.2"),
        // Test-only: property-based round-trip tests (Tests/SociogramTests/Property*.swift).
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // zlib for the PNG encoder (Render/PNGEncoder.swift), which compresses outside the Graphviz lock.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "Sociogram",
            dependencies: ["CGraphviz", "CZlib"]
        ),
        .target(
            name: "SociogramWorkers",
            dependencies: ["Sociogram", .product(name: "Subprocess", package: "swift-subprocess")]
        ),
        .executableTarget(
            name: "sociogram-cli",
            dependencies: [
                "Sociogram",
                "SociogramWorkers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "sociogram-bench",
            dependencies: ["Sociogram"],
            path: "Benchmarks/sociogram-bench"
        ),
        .testTarget(
            name: "SociogramTests",
            dependencies: ["Sociogram", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "SociogramCLITests",
            dependencies: ["Sociogram", "sociogram-cli"]
        ),
        // Runs the built `sociogram` binary's hidden `worker render` as the web app will.
        .testTarget(
            name: "SociogramWorkersTests",
            dependencies: ["Sociogram", "SociogramWorkers", "sociogram-cli"]
        ),
    ]
)
