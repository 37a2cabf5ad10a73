import ArgumentParser
import Foundation
import Sociogram

/// Where files go: `--out DIR`, `--force`, and the code key for pseudonymised runs.
struct OutputArguments: ParsableArguments {
    @Option(name: .long, help: "Write the output files into this folder (created if missing).")
    var out: String?

    @Flag(name: .long, help: "Allow writing into a folder that already has files in it.")
    var force = false

    @Option(name: .long, help: OutputArguments.keyHelp)
    var key: String?

    /// Writes the code↔name key when `--key` was given (refusing to overwrite an input).
    func writeKeyIfAsked(network: ClassNetwork, pseudonymised: Bool, inputs: [String]) throws {
        try Self.writeKey(CodeKey.csv(network), to: key, out: out, pseudonymised: pseudonymised, inputs: inputs)
    }

    /// Writes a code key to `key` when given: only in pseudonymised runs, never inside the `out` folder
    /// (what is shared), never over an input.
    static func writeKey(_ text: @autoclosure () -> String, to key: String?, out: String?, pseudonymised: Bool, inputs: [String]) throws {
        guard let key else { return }
        guard pseudonymised else { throw UsageError("--key is only used with --labels codes") }
        if let out {
            let folder = URL(fileURLWithPath: out).standardizedFileURL.path + "/"
            if URL(fileURLWithPath: key).standardizedFileURL.path.hasPrefix(folder) {
                throw UsageError("--key must be outside the --out folder: the key holds the names, keep it apart from what you share")
            }
        }
        try OutputFolder.writeFile(Array(text().utf8), to: key, inputs: inputs)
    }

    /// The help of `--key`, for commands that declare their own output options.
    static let keyHelp: ArgumentHelp = "With --labels codes: write the code-to-name key to this file. Keep it apart from what you share."

}
