import Foundation

/// A before/after comparison of one class (or grade) and the contract of `compare.json` (schema
/// version 1, documented in `docs/batch-and-compare.md`).
///
/// Keys are written sorted; values that cannot be determined are `null`. In a pseudonymised comparison
/// (`--labels codes`) names are `null` and pupils are known by their id and code.
public struct WaveComparison: Sendable, Codable, Hashable {
    /// The version of this contract; later versions only add fields.
    public static let currentSchemaVersion = 1

    /// One survey.
    public struct Wave: Sendable, Codable, Hashable {
        /// What the wave is called (`--before-label`, e.g. `høsten 2025`).
        public let label: String
        /// The network's name, its pupils and those who answered.
        public let name: String
        public let pupils: Int
        public let respondents: Int
        /// Ids of the positive questions whose union is compared.
        public let positiveQuestions: [String]
        /// Whether the wave has a negative question (LL, Coie–Dodge).
        public let negativeQuestionUsed: Bool
    }

    /// A pupil named in the matching report.
    public struct PupilRef: Sendable, Codable, Hashable {
        /// The pupil's id, name (`nil` when pseudonymised) and code in that wave.
        public let id: String
        @ExplicitNull public var name: String?
        public let code: String
    }

    /// A pair matched by a rung below exact (check these).
    public struct LooseMatch: Sendable, Codable, Hashable {
        /// The pupil in each wave and the rung that matched them.
        public let before: PupilRef
        public let after: PupilRef
        public let method: WaveMatch.Method
    }

    public struct Matching: Sendable, Codable, Hashable {
        /// `id` (same roster) or `name`.
        public let by: String
        public let matched: Int
        public let loose: [LooseMatch]
        /// In the second wave only.
        public let joined: [PupilRef]
        /// In the first wave only.
        public let left: [PupilRef]
        /// Second-wave names that fitted several first-wave pupils; counted as joined.
        public let ambiguous: [PupilRef]
    }

    public struct QuestionChange: Sendable, Codable, Hashable {
        public let beforeID: String
        public let afterID: String
        public let text: String
        public let ties: TieChange
    }

    public struct ClassChange: Sendable, Codable, Hashable {
        public let name: String
        public let ties: TieChange
    }

    /// A number in both waves and its change (after − before); `null` where a wave cannot give it.
    public struct Count: Sendable, Codable, Hashable {
        @ExplicitNull public var before: Int?
        @ExplicitNull public var after: Int?
        @ExplicitNull public var change: Int?

        init(_ before: Int?, _ after: Int?) {
            self.before = before
            self.after = after
            change = before.flatMap { b in after.map { $0 - b } }
        }
    }

    /// Comparable positive ties (union) a pupil made or received: kept, new, lost.
    public struct TieCounts: Sendable, Codable, Hashable {
        public var kept = 0
        public var new = 0
        public var lost = 0
    }

    public struct PupilChange: Sendable, Codable, Hashable {
        public let id: String
        @ExplicitNull public var name: String?
        public let code: String
        /// `stayed`, `joined` or `left`.
        public let status: DifferenceInput.PupilStatus
        @ExplicitNull public var match: WaveMatch.Method?
        @ExplicitNull public var respondedBefore: Bool?
        @ExplicitNull public var respondedAfter: Bool?
        /// Distinct classmates who chose the pupil in any positive question.
        public let positiveReceived: Count
        /// Mutual positive ties (chose each other in the same positive question).
        public let mutual: Count
        /// Distinct classmates who named the pupil in a negative question; `null` in a wave without one.
        public let negativeReceived: Count
        @ExplicitNull public var coieDodgeBefore: CoieDodgeStatus?
        @ExplicitNull public var coieDodgeAfter: CoieDodgeStatus?
        @ExplicitNull public var newcombBukowskiBefore: NewcombBukowskiStatus?
        @ExplicitNull public var newcombBukowskiAfter: NewcombBukowskiStatus?
        @ExplicitNull public var flagsBefore: [PupilFlag]?
        @ExplicitNull public var flagsAfter: [PupilFlag]?
        /// Comparable positive ties the pupil made (`null` unless the pupil answered in both waves).
        @ExplicitNull public var given: TieCounts?
        /// Comparable positive ties the pupil received (`null` unless the pupil is in both waves).
        @ExplicitNull public var received: TieCounts?
    }

    /// The activity-plan paragraph for one pupil (`--pupil`).
    public struct Evaluation: Sendable, Codable, Hashable {
        public let pupilID: String
        public let language: Language
        public let text: String
    }

    public let schemaVersion: Int
    public let tool: AnalysisDocument.Tool
    public let caveat: String
    public let pseudonymised: Bool
    public let before: Wave
    public let after: Wave
    public let matching: Matching
    /// Per positive question asked in both waves (matched by text, then id, then order).
    public let questions: [QuestionChange]
    /// The union of the positive questions; `null` when a wave has no positive question.
    @ExplicitNull public var positive: TieChange?
    /// Per class (the union of the positive questions, ties within the class).
    public let classes: [ClassChange]
    /// Every pupil of either wave: second-wave order, then those who left.
    public let pupils: [PupilChange]
    @ExplicitNull public var evaluation: Evaluation?

    /// The document as UTF-8 JSON: sorted keys, two-space indentation, a final newline.
    public func jsonData() throws -> Data { try DocumentJSON.data(self) }
}
