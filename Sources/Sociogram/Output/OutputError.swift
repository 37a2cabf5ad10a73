/// Why an output could not be written. The command line maps these to exit code 2 (a usage problem
/// such as a non-empty folder without `--force`) or 3 (the system refused a write).
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The output folder exists and is not empty; `--force` allows writing into it.
        case folderNotEmpty
        /// The output would overwrite one of the input files.
        case wouldOverwriteInput
        /// The output path is not usable (a file where a folder is expected, an unsafe name, …).
        case badPath
        /// The operating system refused a write.
        case writeFailed
    }

    public let kind: Kind
    public let path: String
    public let message: String

    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// Whether this is the user's choice of path (exit 2) rather than a system failure (exit 3).
    public var isUsageProblem: Bool { kind != .writeFailed }

    public var description: String { "\(path): \(message)" }
}
