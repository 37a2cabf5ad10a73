import Sociogram

/// Why ``RenderWorkerPool`` did not return a diagram.
///
/// ``description`` is the English message; ``message(_:)`` gives it in the teacher's language. The
/// web app answers ``render(_:)`` like any diagram error (the diagram text is Sociogram's own, so
/// none of these is the teacher's fault); the others are the pool's (500/503 rather than 400).
public enum RenderWorkerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Graphviz, in the worker, could not draw the diagram (the same error as in-process).
    case render(RenderError)
    /// The diagram took longer than the pool's job timeout; its worker was killed and replaced.
    case timedOut(seconds: Double)
    /// The worker drawing the diagram stopped (a crash inside Graphviz: `SIGABRT`, `SIGSEGV`); a fresh
    /// worker takes the next job.
    case crashed(WorkerExit)
    /// No worker process could be started; the detail is the system's reason.
    case cannotStart(String)
    /// The worker executable given to the pool is not an executable file.
    case notExecutable(String)
    /// ``RenderWorkerPool/shutdown()`` was called before the job was drawn.
    case shutDown
    /// The caller's task was cancelled while the job was waiting for a worker.
    case cancelled

    /// The message in `language`.
    public func message(_ language: Language) -> String { renderError.message(language) }

    /// The message in English.
    public var description: String { message(.en) }

    /// As a ``RenderError`` (for ``DiagramRendering``): Graphviz's own error as it is, the pool's
    /// failures as ``RenderError/workerFailed(_:)``.
    public var renderError: RenderError {
        switch self {
        case .render(let error): error
        case .timedOut(let seconds): .workerFailed(.timedOut(seconds: seconds))
        case .crashed(let exit): .workerFailed(.crashed(exitCode: exit.exitCode, signal: exit.signal))
        case .cannotStart(let detail): .workerFailed(.cannotStart(detail: detail))
        case .notExecutable(let path): .workerFailed(.notExecutable(path: path))
        case .shutDown: .workerFailed(.shutDown)
        case .cancelled: .workerFailed(.cancelled)
        }
    }
}
