import Sociogram

/// How a worker process ended.
public enum WorkerExit: Sendable, Hashable, CustomStringConvertible {
    /// It exited by itself with this code.
    case exited(Int32)
    /// A signal stopped it: `SIGKILL` (9) when the pool killed it after a timeout, `SIGABRT` (6) or
    /// `SIGSEGV` (11) when it crashed, e.g. inside Graphviz.
    case signalled(Int32)
    /// It could not be started (the executable is missing or not executable); the detail says why.
    case notStarted(String)

    /// In words, in `language`: `exited with code 1`, `was stopped by signal 9`.
    public func message(_ language: Language) -> String {
        switch self {
        case .exited(let code): Strings(language).workerExit(exitCode: code, signal: nil, notStarted: nil)
        case .signalled(let signal): Strings(language).workerExit(exitCode: nil, signal: signal, notStarted: nil)
        case .notStarted(let detail): Strings(language).workerExit(exitCode: nil, signal: nil, notStarted: detail)
        }
    }

    /// In English, for a log.
    public var description: String { message(.en) }
}
