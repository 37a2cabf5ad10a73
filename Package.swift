// swift-tools-version:6.1
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
        // Reads .xlsx workbooks and zipped CSV downloads (Sources/Sociogram/Import/Workbook/ZipContainer.swift).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Spawns and talks to the worker processes (Sources/SociogramWorkers/WorkerProcess.swift).
        .package(url: "https://github.com/swiftlang/swift-subprocess", exact: "1.0.2"),
        // Test-only: property-based round-trip tests (Tests/SociogramTests/Property*.swift).
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        // The local web app's HTTP server (Sources/SociogramServer/, `sociogram serve`).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // The web app's multipart/form-data uploads (Sources/SociogramServer/Support/UploadForm.swift).
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // zlib for the PNG encoder (Render/PNGEncoder.swift), which compresses outside the Graphviz lock.
        // Not named CZlib: ZIPFoundation has a module of that name.
        .systemLibrary(
            name: "CZlibShim",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // An anonymous in-memory file for reading archives (Import/Workbook/ZipContainer.swift).
        .systemLibrary(name: "CMemoryFile"),
        // An atomic exchange of two folders, to put a finished output folder in place (Output/StagedOutput.swift).
        .systemLibrary(name: "CFileExchange"),
        // Writes .xlsx workbooks: the kit's entry sheet with a drop-down of the class list (Output/WorkbookWriter.swift).
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "Sociogram",
            dependencies: ["CGraphviz", "CZlibShim", "CMemoryFile", "CFileExchange", "CXlsxWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // The string catalogue is embedded by the plugin, not copied as a resource bundle.
            exclude: ["Text/Catalogue", "Text/README.md"],
            plugins: ["EmbedTextCatalogue"]
        ),
        // Embeds Text/Catalogue/*.json into the library (Plugins/EmbedTextCatalogue).
        .executableTarget(name: "text-catalogue-embed"),
        .plugin(name: "EmbedTextCatalogue", capability: .buildTool(), dependencies: ["text-catalogue-embed"]),
        .target(
            name: "SociogramWorkers",
            dependencies: ["Sociogram", .product(name: "Subprocess", package: "swift-subprocess")]
        ),
        // The local web app (`sociogram serve`): routes, middleware and the page, over the library.
        .target(
            name: "SociogramServer",
            dependencies: [
                "Sociogram", "SociogramWorkers",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ]
        ),
        .executableTarget(
            name: "sociogram-cli",
            dependencies: [
                "Sociogram",
                "SociogramWorkers",
                "SociogramServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "sociogram-bench",
            // ZIPFoundation writes the workbook the import benchmark reads (WorkbookBench.swift).
            dependencies: ["Sociogram", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Benchmarks/sociogram-bench"
        ),
        .testTarget(
            name: "SociogramTests",
            dependencies: [
                "Sociogram", .product(name: "PropertyBased", package: "swift-property-based"),
                // Builds workbooks in memory for the reader's tests (ImportWorkbookTests.swift).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
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
        // The web app's routes through Hummingbird's test client; needs the built `sociogram` for the render pool.
        .testTarget(
            name: "SociogramServerTests",
            dependencies: [
                "Sociogram", "SociogramServer", "sociogram-cli",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                // Unpacks the survey kit the app sends as a zip (ServerKitTests).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
