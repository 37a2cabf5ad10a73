/// One survey of a series, as `sociogram follow` read it.
public struct FollowWave: Sendable {
    /// The class as the survey saw it.
    public let network: ClassNetwork
    /// The day of the survey from the form's own time columns (``ImportResult/surveyDate``), if any.
    public let surveyDate: CalendarDay?
    /// The file the survey was read from; its name (without folder and extension) is the last default label.
    public let fileName: String

    public init(network: ClassNetwork, surveyDate: CalendarDay? = nil, fileName: String) {
        self.network = network
        self.surveyDate = surveyDate
        self.fileName = fileName
    }

    /// A survey read by the importer.
    public init(_ result: ImportResult, fileName: String) {
        self.init(network: result.network, surveyDate: result.surveyDate, fileName: fileName)
    }
}

/// What `sociogram follow` was asked to do.
public struct FollowOptions: Sendable {
    /// Match pupils by roster id (every survey read with the same roster) instead of by name.
    public var byID: Bool
    /// Analysis options for every survey.
    public var analysis: AnalysisOptions
    /// Codes instead of names in the document, the difference sociograms and the texts.
    public var pseudonymised: Bool
    /// `--wave-label`, one per survey in order; empty for the defaults (the survey's date, else the file name).
    public var labels: [String]
    /// `--measure-from`: the first survey after the measure started, by label or number (1 = first).
    public var measureFrom: String?
    /// The language of labels made from dates and of error messages.
    public var language: Language

    public init(
        byID: Bool = false, analysis: AnalysisOptions = AnalysisOptions(), pseudonymised: Bool = false,
        labels: [String] = [], measureFrom: String? = nil, language: Language = .en
    ) {
        self.byID = byID
        self.analysis = analysis
        self.pseudonymised = pseudonymised
        self.labels = labels
        self.measureFrom = measureFrom
        self.language = language
    }
}

/// Why a follow-up cannot be made as asked. Every message names the option and says what to write instead.
public struct FollowError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Fewer than two surveys.
        case tooFewWaves
        /// `--wave-label` given, but not once per survey.
        case labelCount
        /// Two surveys given the same label.
        case duplicateLabel
        /// `--measure-from` names no survey.
        case unknownWave
        /// `--measure-from` is the first survey: nothing comes before the measure.
        case nothingBefore
        /// `--pupil` names nobody, or several pupils.
        case unknownPupil
        case ambiguousPupil
        /// The analysis options do not fit a survey (e.g. `--lm` names a question one survey lacks).
        case analysis
    }

    public let kind: Kind
    /// A message a teacher understands, in the options' language.
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
