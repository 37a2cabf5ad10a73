// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sociogram",
    products: [
        .library(name: "Sociogram", targets: ["Sociogram"]),
        .executable(name: "sociogram", targets: ["sociogram-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "Sociogram",
            dependencies: ["CGraphviz"]
        ),
        .executableTarget(
            name: "sociogram-cli",
            dependencies: [
                "Sociogram",
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
            dependencies: ["Sociogram"],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "SociogramCLITests",
            dependencies: ["Sociogram", "sociogram-cli"]
        ),
    ]
)
