import ArgumentParser
import Foundation
import Sociogram

/// `--key FILE`: the code-to-name key of a pseudonymised run, written apart from what is shared. The one
/// definition every command that writes something uses.
struct CodeKeyArgument: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("With --labels codes: write the code-to-name key to this file. Keep it apart from what you share.", valueName: "FILE"))
    var key: String?

    /// Refuses `--key` in a run that is not pseudonymised; for a command's `validate()`, so that nothing
    /// is read or written first.
    func validate(pseudonymised: Bool) throws {
        if key != nil && !pseudonymised { throw ValidationError(Terminal.strings.cliKeyOnlyWithCodes) }
    }

    /// Writes `text` to the key file when `--key` was given: only in a pseudonymised run, never inside
    /// `out` (the folder that is shared), never over an input or an output of this run.
    ///
    /// - Returns: the path written, or `nil`.
    @discardableResult
    func write(_ text: @autoclosure () -> String, pseudonymised: Bool, outside out: String? = nil, inputs: [String]) throws
        -> String?
    {
        guard let key else { return nil }
        guard pseudonymised else { throw UsageError(Terminal.strings.cliKeyOnlyWithCodes) }
        if let out {
            let folder = URL(fileURLWithPath: out).standardizedFileURL.path + "/"
            if URL(fileURLWithPath: key).standardizedFileURL.path.hasPrefix(folder) {
                throw UsageError(Terminal.strings.cliKeyInsideOut)
            }
        }
        try OutputFolder.writeFile(Array(text().utf8), to: key, inputs: inputs)
        return key
    }

    /// Writes the key of `network`'s pupils when asked (see ``write(_:pseudonymised:outside:inputs:)``).
    @discardableResult
    func write(network: ClassNetwork, pseudonymised: Bool, outside out: String? = nil, inputs: [String]) throws -> String? {
        try write(CodeKey.csv(network), pseudonymised: pseudonymised, outside: out, inputs: inputs)
    }
}
