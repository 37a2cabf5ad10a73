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

// `batch --earlier`: the development of the classes over the surveys.
extension Strings {
    /// A class name found in several files of one survey: that class is not followed.
    public func developmentClassTwice(_ className: String, files: [String]) -> String {
        text(.batchDevelopmentClassTwice, ["className": className, "files": files.joined(separator: ", ")])
    }

    /// The terminal's heading over the classes where more pupils need attention than in `first`.
    public func batchDevelopmentHeader(first: String) -> String { text(.batchDevelopmentHeader, ["first": first]) }

    /// One class of that list: `series` is the counts in time order (`1 → 3`).
    public func batchDevelopmentLine(className: String, series: String, isolated: String) -> String {
        text(.batchDevelopmentLine, ["className": className, "series": series, "isolated": isolated])
    }

    /// No class has more pupils who need attention than in `first`; `count` classes were followed.
    public func batchDevelopmentNoRise(first: String, count: Int) -> String {
        text(.batchDevelopmentNoRise, ["first": first, "count": count])
    }
}
