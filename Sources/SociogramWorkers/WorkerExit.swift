/// How a worker process ended.
public enum WorkerExit: Sendable, Hashable, CustomStringConvertible {
    /// It exited by itself with this code.
    case exited(Int32)
    /// A signal stopped it: `SIGKILL` (9) when the pool killed it after a timeout, `SIGABRT` (6) or
    /// `SIGSEGV` (11) when it crashed, e.g. inside Graphviz.
    case signalled(Int32)
    /// It could not be started (the executable is missing or not executable); the detail says why.
    case notStarted(String)

    /// In words, for a log: `exited with code 1`, `was stopped by signal 9`.
    public var description: String {
        switch self {
        case .exited(let code): return "exited with code \(code)"
        case .signalled(let signal): return "was stopped by signal \(signal)"
        case .notStarted(let detail): return "could not be started (\(detail))"
        }
    }
}
