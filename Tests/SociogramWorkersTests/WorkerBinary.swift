import Foundation

/// The built `sociogram` binary (its hidden `worker render` is the render worker), as
/// `Tests/SociogramCLITests/CLIRunner.swift` finds it.
enum WorkerBinary {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var url: URL {
        let bundle = Bundle.main.bundleURL
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let binary = candidate.appendingPathComponent("sociogram")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return repoRoot.appendingPathComponent(".build/debug/sociogram")
    }

    static func fixture(_ relative: String) -> String {
        repoRoot.appendingPathComponent("fixtures").appendingPathComponent(relative).path
    }

    /// The test-only variable that makes render workers crash or hang on markers in the DOT text
    /// (`docs/workers.md`).
    static let faults = ["SOCIOGRAM_TEST_RENDER_FAULTS": "1"]
}
