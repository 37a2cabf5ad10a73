import ArgumentParser
import Foundation
import Sociogram

/// Terminal output and the mapping of errors to exit codes.
enum Terminal {
    /// Exit codes of the brief.
    enum Status: Int32 {
        case success = 0
        case needsAttention = 1
        case badInput = 2
        case failure = 3
        /// The user's environment stopped the run: the disk (or the quota) is full.
        case environment = 4
    }

    /// Whether standard output is a terminal (progress bars and colours only then).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// The language of the command line's own messages (see ``LanguageArgument/commandLineLanguage``).
    static var language: Language { LanguageArgument.commandLineLanguage }

    /// The texts in ``language``.
    static var strings: Strings { Strings(language) }

    /// Writes a line to standard output.
    static func out(_ line: String = "") {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Writes a line to standard error.
    static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints the error in words, in the language the command line asks for, and exits with the brief's
    /// code: 2 for bad usage or input, 3 for internal or Graphviz failures, 4 for a full disk.
    static func exit(for error: any Error) -> Never {
        // A file of the kit that could not be made is a write failure (exit 3, or 4 for a full disk), not bad input.
        if case .output(let inner)? = error as? KitError { exit(for: inner) }
        let status: Status
        let message: String
        switch error {
        case let e as ImportError:
            status = .badInput
            message = e.description
        case let e as OutputError:
            status = e.isUsageProblem ? .badInput : e.isEnvironmentProblem ? .environment : .failure
            message = e.message(language)
        case let e as UsageError:
            status = .badInput
            message = e.message
        case let e as ExitCode:
            Foundation.exit(e.rawValue)
        default:
            if let mapped = mapLibraryError(error) {
                status = mapped.0
                message = mapped.1
            } else {
                // Errors from the argument parser: help and version exit 0, usage errors exit 2.
                let code = SociogramCommand.exitCode(for: error)
                if code == .success {
                    SociogramCommand.exit(withError: error)
                }
                let text = SociogramCommand.fullMessage(for: error)
                if !text.isEmpty { err(text) }
                Foundation.exit(code == .validationFailure ? Status.badInput.rawValue : code.rawValue)
            }
        }
        err(strings.cliError(message))
        Foundation.exit(status.rawValue)
    }

    /// Library error types added by later stages (render, suggestions) are mapped here.
    private static func mapLibraryError(_ error: any Error) -> (Status, String)? {
        switch error {
        case let e as RenderError: (.failure, strings.cliCouldNotDraw(e.message(language)))
        // Worded in the options' language when thrown, as ImportError is.
        case let e as FollowError: (.badInput, e.message)
        case let e as any WordedError: (.badInput, e.message(language))
        default: nil
        }
    }
}

/// A problem with the command line that the argument parser cannot see (e.g. an unknown pupil name).
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
