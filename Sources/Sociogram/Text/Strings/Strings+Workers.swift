/// Texts of the worker processes (`SociogramWorkers`): why a class of `batch` or a diagram of the web
/// app was not made when its separate process stopped or took too long.
extension Strings {
    /// Seconds as the language writes them: `30`, `2,5` / `2.5`.
    func seconds(_ s: Double) -> String {
        s == s.rounded() && abs(s) < 1e9 ? String(Int(s)) : decimal(s, digits: 1)
    }

    /// A worker's end in words (`was stopped by signal 9`), for the reasons below.
    func workerEnd(exitCode: Int32?, signal: Int32?) -> String {
        if let signal { return text(.workerEnd, ["signal": signal]) }
        return text(.workerEnd2, ["exitCode": exitCode ?? -1])
    }

    /// `batch`: the worker process that had this file stopped (crashed) before finishing it.
    public func batchWorkerStopped(exitCode: Int32?, signal: Int32?) -> String {
        let how = workerEnd(exitCode: exitCode, signal: signal)
        return text(.batchWorkerStopped, ["how": how])
    }

    /// `batch`: the class did not finish within `--class-timeout`, so its worker was stopped.
    public func batchClassTimedOut(seconds limit: Double) -> String {
        text(.batchClassTimedOut, ["limit": seconds(limit)])
    }

    /// Render pool: a diagram took longer than the pool allows.
    public func renderWorkerTimedOut(seconds limit: Double) -> String {
        text(.renderWorkerTimedOut, ["limit": seconds(limit)])
    }

    /// Render pool: the process drawing the diagram stopped (a crash inside Graphviz).
    public func renderWorkerCrashed(exitCode: Int32?, signal: Int32?) -> String {
        let how = workerEnd(exitCode: exitCode, signal: signal)
        return text(.renderWorkerCrashed, ["how": how])
    }

    /// Render pool: no worker process could be started.
    public func renderWorkerCannotStart(_ detail: String) -> String {
        text(.renderWorkerCannotStart, ["detail": detail])
    }

    /// Render pool: the pool was shut down before the diagram was drawn.
    public var renderWorkerShutDown: String {
        text(.renderWorkerShutDown)
    }

    /// Render pool: the one who asked for the diagram stopped waiting for it.
    public var renderWorkerCancelled: String {
        text(.renderWorkerCancelled)
    }
}
