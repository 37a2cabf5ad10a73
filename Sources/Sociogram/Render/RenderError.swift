import Foundation

/// Why a diagram could not be drawn.
///
/// Every Graphviz case carries Graphviz's own message (`detail`) for a bug report, and
/// ``message(_:)`` says in plain words what went wrong, in a language (``description``: in English).
/// The command line maps every case to exit code 3 (internal or Graphviz failure): the diagram text is
/// built by Sociogram itself, so none of these is the teacher's fault.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Graphviz did not accept the diagram description (DOT syntax error).
    case syntax(detail: String)
    /// Graphviz could not lay the diagram out (unknown or missing layout engine, or the engine failed).
    case layoutFailed(engine: String, detail: String)
    /// Graphviz laid the diagram out but could not write the image.
    case renderFailed(format: String, detail: String)
    /// The requested output format (or the Graphviz plug-in that writes it) is not available.
    case unsupportedFormat(String)
    /// The diagram's input does not make sense, e.g. a focus pupil that is not in the class.
    case invalidInput(InvalidInput)
    /// The separate process drawing the diagram stopped or took too long (see the `SociogramWorkers`
    /// target).
    case workerFailed(WorkerFailure)

    /// What does not make sense in a diagram's input (pupil numbers are 1-based).
    public enum InvalidInput: Sendable, Hashable, Codable {
        /// A pupil who is not in the class of `pupils` pupils.
        case pupilNotInClass(number: Int, pupils: Int)
        /// A changed tie of a comparison naming a pupil who is in neither survey.
        case tieNotInComparison(number: Int)
        /// A group naming a pupil who is not in the class.
        case groupNamesUnknownPupil(group: Int, number: Int)
        /// A pupil in two groups.
        case pupilInTwoGroups(number: Int)
        /// A group whose leader is not one of its members.
        case leaderNotInGroup(group: Int)
        /// Supporters that include the pupil in focus, or a pupil twice.
        case supportersNotOthers
    }

    /// Why the process drawing the diagram gave no diagram.
    public enum WorkerFailure: Sendable, Hashable, Codable {
        /// It took longer than the pool allows.
        case timedOut(seconds: Double)
        /// It stopped: with an exit code, or stopped by a signal.
        case crashed(exitCode: Int32?, signal: Int32?)
        /// No worker process could be started; `detail` is the system's reason.
        case cannotStart(detail: String)
        /// The worker executable is not an executable file.
        case notExecutable(path: String)
        /// The pool was shut down first.
        case shutDown
        /// The one who asked stopped waiting.
        case cancelled
    }

    /// A message a teacher understands, in `language`, with Graphviz's own words in brackets where there
    /// are any.
    public func message(_ language: Language) -> String { Strings(language).renderError(self) }

    /// The message in English.
    public var description: String { message(.en) }
}
