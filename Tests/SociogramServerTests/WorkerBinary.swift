import Foundation

/// The built `sociogram` executable beside the test bundle: the render pool's workers are copies of it.
enum WorkerBinary {
    static var url: URL {
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("sociogram") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? ServerTest.repoRoot.appendingPathComponent(".build/debug/sociogram")
    }
}
