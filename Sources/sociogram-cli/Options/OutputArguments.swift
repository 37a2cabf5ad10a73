import ArgumentParser
import Foundation
import Sociogram

/// Where files go: `--out DIR`, `--force`, and the code key for pseudonymised runs.
struct OutputArguments: ParsableArguments {
    @Option(name: .long, help: "Write the output files into this folder (created if missing).")
    var out: String?

    @Flag(name: .long, help: "Allow writing into a folder that already has files in it.")
    var force = false

    @Flag(
        name: .customLong("with-status"),
        help: "pupils.csv also gets the sociometric status (LM/LL counts, z-scores, Coie–Dodge and Newcomb–Bukowski categories); left out by default, as the file is easy to pass on.")
    var withStatus = false

    @OptionGroup var codeKey: CodeKeyArgument

    /// Writes the code↔name key when `--key` was given (outside `--out`, never over an input).
    func writeKeyIfAsked(network: ClassNetwork, pseudonymised: Bool, inputs: [String]) throws {
        try codeKey.write(network: network, pseudonymised: pseudonymised, outside: out, inputs: inputs)
    }
}
