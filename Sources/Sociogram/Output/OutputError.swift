import Foundation

/// Why an output could not be written. The command line maps these to exit code 2 (a usage problem
/// such as a non-empty folder without `--force`), 4 (a full disk or quota: the user's environment) or
/// 3 (the system refused a write for another reason).
///
/// ``message(_:)`` words it in a language (the words are in the string catalogue), ``description`` in
/// English. The operating system's own reason (`detail`) is quoted as the system gave it.
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
        /// The disk (or the user's quota) is full: the user's environment, not a failure of the tool.
        case diskFull
    }

    /// What went wrong, with the details the message quotes.
    public enum Reason: Sendable, Hashable {
        /// `--out` names a file, not a folder.
        case isAFile
        /// The folder has `files` entries and `--force` was not given.
        case folderNotEmpty(files: Int)
        /// The folder could not be created; `detail` is the system's reason.
        case cannotCreateFolder(detail: String)
        /// A name that would leave the output folder.
        case unsafeName
        /// The folder an output file goes into does not exist.
        case folderMissing(String)
        /// The path is one of the input files.
        case wouldOverwriteInput
        /// No temporary file could be made next to the target; `detail` is the system's reason.
        case cannotCreateFile(detail: String)
        /// Writing or renaming the file failed; `detail` is the system's reason.
        case cannotWrite(detail: String)
        /// A document could not be encoded (never happens with finite numbers).
        case cannotEncode(detail: String)
        /// The disk or the quota is full (`ENOSPC`, `EDQUOT`); `detail` is the system's reason.
        case diskFull(detail: String)
        /// The finished folder could not be put in place of the earlier one; `detail` is the system's reason.
        case cannotReplaceFolder(detail: String)
    }

    public let reason: Reason
    public let path: String

    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    public var kind: Kind {
        switch reason {
        case .folderNotEmpty: .folderNotEmpty
        case .wouldOverwriteInput: .wouldOverwriteInput
        case .isAFile, .unsafeName, .folderMissing: .badPath
        case .diskFull: .diskFull
        case .cannotCreateFolder, .cannotCreateFile, .cannotWrite, .cannotEncode, .cannotReplaceFolder: .writeFailed
        }
    }

    /// Whether this is the user's choice of path (exit 2) rather than a system failure (exit 3 or 4).
    public var isUsageProblem: Bool { kind != .writeFailed && kind != .diskFull }

    /// Whether the user's environment stopped the write (a full disk or quota: exit 4), not the tool.
    public var isEnvironmentProblem: Bool { kind == .diskFull }

    /// `reason` as a full disk when the system's `errno` says so (`ENOSPC`, `EDQUOT`), else unchanged.
    static func classified(_ reason: Reason, errno code: Int32, path: String) -> OutputError {
        guard code == ENOSPC || code == EDQUOT else { return OutputError(reason, path: path) }
        return OutputError(.diskFull(detail: String(cString: strerror(code))), path: path)
    }

    /// `path: what went wrong`, in `language`.
    public func message(_ language: Language) -> String { "\(path): \(Strings(language).outputError(reason))" }

    /// The message in English.
    public var description: String { message(.en) }
}
