import Foundation

/// One class followed over several surveys, and the contract of `follow.json` (schema version 1, JSON
/// Schema in `docs/follow.schema.json`, fields explained in `docs/follow.md`).
///
/// Keys are written sorted; a value that cannot be known is `null`, never `0`: a pupil not in the class at
/// a survey has `null` there, and so has a pupil who did not answer for what only their own answers tell
/// (choices given, mutual choices). In a pseudonymised follow-up (`--labels codes`) names are `null` and
/// pupils are known by their code, which is the same in every survey.
public struct FollowDocument: Sendable, Codable, Hashable {
    /// The version of this contract; later versions only add fields.
    public static let currentSchemaVersion = 1

    /// A pupil named in a list: the series code and, unless pseudonymised, the name (the latest spelling).
    public struct PupilRef: Sendable, Codable, Hashable {
        public let code: String
        @ExplicitNull public var name: String?
    }

    /// The first survey after the measure started (`--measure-from`).
    public struct Measure: Sendable, Codable, Hashable {
        /// 1-based number of the survey, and its label.
        public let wave: Int
        public let label: String
    }

    /// One survey: the class numbers of its positive choices (the union of its positive questions).
    public struct Wave: Sendable, Codable, Hashable {
        /// 1-based position in the series (time order as given).
        public let wave: Int
        public let label: String
        /// `given` (`--wave-label`), `surveyDate` or `fileName`.
        public let labelSource: String
        /// The survey's day (ISO 8601) from the form's own time columns; `null` when the file has none.
        @ExplicitNull public var date: String?
        /// The network's name (from the file), pupils, and those who answered.
        public let name: String
        public let pupils: Int
        public let respondents: Int
        @ExplicitNull public var responseRate: Double?
        public let positiveQuestions: [String]
        public let negativeQuestionUsed: Bool
        /// Whether this survey is after the measure started; `null` without `--measure-from`.
        @ExplicitNull public var afterMeasure: Bool?
        /// arcs / (respondents · (n − 1)), arc reciprocity, and the number of mutual pairs, as in `analysis.json`.
        @ExplicitNull public var density: Double?
        @ExplicitNull public var reciprocity: Double?
        @ExplicitNull public var mutualPairs: Int?
        /// Pupils no classmate chose in a positive question (respondents or not).
        public let isolated: [PupilRef]
        /// Pupils who answered and have no mutual positive choice.
        public let noMutual: [PupilRef]
        /// Status and flag counts, as `analysis.json`'s `class.statusCounts` (Coie–Dodge with `unclassified`).
        public let statusCounts: AnalysisDocument.StatusCounts
    }

    /// What changed between two surveys, exactly as `sociogram compare` computes it.
    public struct Change: Sendable, Codable, Hashable {
        /// 1-based survey numbers and labels.
        public let from: Int
        public let to: Int
        public let fromLabel: String
        public let toLabel: String
        /// Pupils in both surveys.
        public let matched: Int
        /// Kept, new and lost positive choices and Jaccard stability over pupils present and answering in
        /// both; `null` when a survey has no positive question.
        @ExplicitNull public var positive: TieChange?
        /// In the later survey only / in the earlier survey only.
        public let joined: [PupilRef]
        public let left: [PupilRef]
    }

    /// The pupil's own comparable choices between two consecutive surveys (see ``TieChange``).
    public struct Step: Sendable, Codable, Hashable {
        public let from: Int
        public let to: Int
        /// Choices the pupil made (`null` unless the pupil is in both and answered both).
        @ExplicitNull public var given: WaveComparison.TieCounts?
        /// Choices the pupil received (`null` unless the pupil is in both).
        @ExplicitNull public var received: WaveComparison.TieCounts?
    }

    /// One person over the series: one entry per survey in every list.
    public struct PupilSeries: Sendable, Codable, Hashable {
        public let code: String
        @ExplicitNull public var name: String?
        /// The pupil's id in each survey (a roster id is the same each time; without a roster ids are per file).
        public let ids: [String?]
        /// Whether the pupil answered; `null` where not in the class.
        public let responded: [Bool?]
        /// Distinct classmates who chose the pupil in a positive question.
        public let received: [Int?]
        /// Distinct classmates the pupil chose in a positive question; `null` where the pupil did not answer.
        public let given: [Int?]
        /// Mutual positive choices; `null` where the pupil did not answer.
        public let mutual: [Int?]
        /// Chosen by nobody in a positive question.
        public let isolated: [Bool?]
        /// Distinct classmates who named the pupil in a negative question; `null` in a survey without one.
        public let negativeReceived: [Int?]
        /// Coie–Dodge and Newcomb–Bukowski status; `null` where a survey has no negative question.
        public let coieDodge: [CoieDodgeStatus?]
        public let newcombBukowski: [NewcombBukowskiStatus?]
        /// One entry per consecutive pair of surveys.
        public let steps: [Step]
    }

    /// A pupil matched between two surveys below the exact-name rung, or across surveys the pupil missed.
    public struct Link: Sendable, Codable, Hashable {
        public let code: String
        /// The survey the pupil was last seen in and the one matched to it.
        public let fromWave: Int
        public let toWave: Int
        /// The name as written in each (`null` when pseudonymised).
        @ExplicitNull public var nameBefore: String?
        @ExplicitNull public var nameAfter: String?
        public let method: WaveMatch.Method
    }

    public struct Matching: Sendable, Codable, Hashable {
        /// `id` (the same roster for every survey) or `name`.
        public let by: String
        /// Loose matches and matches across a gap: check these.
        public let links: [Link]
        /// Names that fitted several earlier pupils equally well; counted as new pupils.
        public let ambiguous: [AmbiguousName]
    }

    public struct AmbiguousName: Sendable, Codable, Hashable {
        public let wave: Int
        public let pupil: PupilRef
    }

    /// The series evaluation for one pupil (`--pupil`).
    public struct Evaluation: Sendable, Codable, Hashable {
        public let code: String
        public let language: Language
        public let text: String
    }

    public let schemaVersion: Int
    public let tool: AnalysisDocument.Tool
    public let caveat: String
    public let pseudonymised: Bool
    @ExplicitNull public var measureFrom: Measure?
    public let matching: Matching
    public let waves: [Wave]
    /// One per consecutive pair of surveys.
    public let changes: [Change]
    /// First survey → last survey, compared directly.
    public let overall: Change
    /// Everyone who was in any survey, in order of first appearance.
    public let pupils: [PupilSeries]
    public var evaluations: [Evaluation]

    /// Whether the surveys' dates (where known) are not in the order the surveys were given, which is
    /// taken as time order.
    public var datesOutOfOrder: Bool {
        let dates = waves.compactMap(\.date)
        return dates != dates.sorted()
    }

    /// The document as UTF-8 JSON: sorted keys, two-space indentation, a final newline.
    public func jsonData() throws -> Data { try DocumentJSON.data(self) }
}
