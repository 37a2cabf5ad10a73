import Foundation

/// Texts of ``RenderError``: why a diagram could not be drawn (exit code 3 in the command line).
extension Strings {
    /// The error in words, Graphviz's own message in brackets.
    public func renderError(_ error: RenderError) -> String {
        switch error {
        case .syntax(let detail):
            return text(.renderErrorSyntax) + graphvizDetail(detail)
        case .layoutFailed(let engine, let detail):
            return text(.renderErrorLayout, ["engine": engine]) + graphvizDetail(detail)
        case .renderFailed(let format, let detail):
            return text(.renderErrorRender, ["format": format.uppercased()]) + graphvizDetail(detail)
        case .unsupportedFormat(let format):
            return text(.renderErrorUnsupportedFormat, ["format": format])
        case .invalidInput(let input):
            return text(.renderErrorInvalidInput, ["what": renderInvalidInput(input)])
        case .workerFailed(let failure):
            return renderWorkerFailure(failure)
        }
    }

    /// What does not make sense in a diagram's input.
    func renderInvalidInput(_ input: RenderError.InvalidInput) -> String {
        switch input {
        case .pupilNotInClass(let number, let pupils):
            text(.renderInputPupilNotInClass, ["number": number, "pupils": pupils])
        case .tieNotInComparison(let number): text(.renderInputTieNotInComparison, ["number": number])
        case .groupNamesUnknownPupil(let group, let number):
            text(.renderInputGroupUnknownPupil, ["group": group, "number": number])
        case .pupilInTwoGroups(let number): text(.renderInputPupilInTwoGroups, ["number": number])
        case .leaderNotInGroup(let group): text(.renderInputLeaderNotInGroup, ["group": group])
        case .supportersNotOthers: text(.renderInputSupportersNotOthers)
        }
    }

    /// Why the process drawing a diagram gave none.
    public func renderWorkerFailure(_ failure: RenderError.WorkerFailure) -> String {
        switch failure {
        case .timedOut(let seconds): renderWorkerTimedOut(seconds: seconds)
        case .crashed(let exitCode, let signal): renderWorkerCrashed(exitCode: exitCode, signal: signal)
        case .cannotStart(let detail): renderWorkerCannotStart(detail)
        case .notExecutable(let path): renderWorkerCannotStart(text(.workerNotExecutable, ["path": path]))
        case .shutDown: renderWorkerShutDown
        case .cancelled: renderWorkerCancelled
        }
    }

    /// ` (Graphviz: …)`, or nothing when Graphviz said nothing.
    private func graphvizDetail(_ detail: String) -> String {
        let trimmed = detail.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "" : text(.renderErrorDetail, ["detail": trimmed])
    }

    /// How a worker process ended, in words (`exited with code 1`, `could not be started (…)`).
    public func workerExit(exitCode: Int32?, signal: Int32?, notStarted detail: String?) -> String {
        if let detail { return text(.workerNotStarted, ["detail": detail]) }
        return workerEnd(exitCode: exitCode, signal: signal)
    }
}
