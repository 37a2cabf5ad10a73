extension AnalysisDocument {
    /// Network numbers of one question or of the positive graph.
    public struct TieEntry: Sendable, Codable, Hashable {
        public let arcs: Int
        @ExplicitNull public var density: Double?
        @ExplicitNull public var reciprocity: Double?
        @ExplicitNull public var respondentReciprocity: Double?
        public let dyadCensus: DyadCensus
        @ExplicitNull public var centralisation: Double?

        init(_ m: TieMeasures) {
            arcs = m.arcs
            density = m.density
            reciprocity = m.reciprocity
            respondentReciprocity = m.respondentReciprocity
            dyadCensus = m.dyadCensus
            centralisation = m.inDegreeCentralisation
        }
    }

    public struct QuestionEntry: Sendable, Codable, Hashable {
        public let id: String
        public let text: String
        public let kind: QuestionKind
        public let kindSource: KindSource
        /// `lm`, `ll` or `null`.
        @ExplicitNull public var role: String?
        public let ties: TieEntry
    }

    public struct CommunityEntry: Sendable, Codable, Hashable {
        public let algorithm: String
        public let objective: String
        public let seed: UInt64
        @ExplicitNull public var modularity: Double?
        /// Pupil ids per community, largest community first.
        public let members: [[String]]
    }

    public struct SplitEntry: Sendable, Codable, Hashable {
        public let arcs: Int
        public let within: Int
        public let between: Int
        @ExplicitNull public var eiIndex: Double?
        @ExplicitNull public var withinShare: Double?
        public let byPair: [String: Int]

        init(_ s: GroupSplit) {
            arcs = s.arcs
            within = s.within
            between = s.between
            eiIndex = s.eiIndex
            withinShare = s.withinShare
            byPair = s.byPair
        }
    }

    public struct StatusCounts: Sendable, Codable, Hashable {
        /// Pupils per Coie–Dodge status (every status listed, 0 included); `null` without a negative question.
        @ExplicitNull public var coieDodge: [String: Int]?
        /// Pupils per Newcomb–Bukowski status; `null` without a negative question.
        @ExplicitNull public var newcombBukowski: [String: Int]?
        /// Pupils per LM-against-chance level (`high`, `low`, `typical`); `null` without an LM question.
        @ExplicitNull public var acceptance: [String: Int]?
        /// Pupils per flag (every flag listed, 0 included).
        public let flags: [String: Int]

        /// The counts of one analysed class (also each wave of `follow.json`).
        init(_ a: ClassAnalysis) {
            coieDodge = a.negativeQuestionUsed
                ? ClassSection.count(CoieDodgeStatus.allCases.map(\.rawValue), a.pupils.compactMap { $0.coieDodge?.rawValue })
                : nil
            newcombBukowski = a.negativeQuestionUsed
                ? ClassSection.count(
                    NewcombBukowskiStatus.allCases.map(\.rawValue), a.pupils.compactMap { $0.newcombBukowski?.status.rawValue })
                : nil
            acceptance = a.lmQuestion == nil
                ? nil : ClassSection.count(["high", "low", "typical"], a.pupils.compactMap { $0.acceptance?.rawValue })
            flags = ClassSection.count(PupilFlag.allCases.map(\.rawValue), a.pupils.flatMap { $0.flags.map(\.rawValue) })
        }
    }

    public struct NoteEntry: Sendable, Codable, Hashable {
        public let code: String
        public let message: String
    }

    public struct ClassSection: Sendable, Codable, Hashable {
        public let name: String
        public let pupils: Int
        public let respondents: Int
        @ExplicitNull public var responseRate: Double?
        public let classes: [String]
        public let questions: [QuestionEntry]
        @ExplicitNull public var lmQuestion: String?
        @ExplicitNull public var llQuestion: String?
        public let alpha: Double
        /// The positive graph (union of the positive questions); `null` without a positive question.
        @ExplicitNull public var positive: TieEntry?
        @ExplicitNull public var density: Double?
        @ExplicitNull public var reciprocity: Double?
        @ExplicitNull public var dyadCensus: DyadCensus?
        @ExplicitNull public var centralisation: Double?
        public let subgroups: [[String]]
        @ExplicitNull public var communities: CommunityEntry?
        public let statusCounts: StatusCounts
        @ExplicitNull public var genderSplit: SplitEntry?
        @ExplicitNull public var classSplit: SplitEntry?
        public let negativeQuestionUsed: Bool
        public let note: String
        public let notes: [NoteEntry]

        init(_ a: ClassAnalysis, language: Language) {
            let net = a.network
            let ids = net.pupils.map(\.id)
            name = net.name
            pupils = a.pupilCount
            respondents = a.respondentCount
            responseRate = a.responseRate
            classes = net.classNames
            questions = net.questions.enumerated().map { q, question in
                QuestionEntry(
                    id: question.id, text: question.text, kind: question.kind, kindSource: question.kindSource,
                    role: q == a.lmQuestion ? "lm" : (q == a.llQuestion ? "ll" : nil),
                    ties: TieEntry(a.questionMeasures[q]))
            }
            lmQuestion = a.lmQuestion.map { net.questions[$0].id }
            llQuestion = a.llQuestion.map { net.questions[$0].id }
            alpha = a.options.alpha.rawValue
            positive = a.positiveMeasures.map(TieEntry.init)
            density = a.positiveMeasures?.density
            reciprocity = a.positiveMeasures?.reciprocity
            dyadCensus = a.positiveMeasures?.dyadCensus
            centralisation = a.positiveMeasures?.inDegreeCentralisation
            subgroups = a.subgroups.map { $0.map { ids[$0] } }
            communities = a.communities.map {
                CommunityEntry(
                    algorithm: "leiden", objective: "modularity", seed: $0.seed, modularity: $0.modularity,
                    members: $0.members.map { $0.map { ids[$0] } })
            }
            statusCounts = StatusCounts(a)
            genderSplit = a.genderSplit.map(SplitEntry.init)
            classSplit = a.classSplit.map(SplitEntry.init)
            negativeQuestionUsed = a.negativeQuestionUsed
            let strings = Strings(language)
            note = strings.documentNegativeQuestionNote(a.llQuestion.map { net.questions[$0].id })
            notes = a.notes.map { NoteEntry(code: $0.code, message: $0.text(language)) }
        }

        static func count(_ keys: [String], _ values: [String]) -> [String: Int] {
            var result = Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) })
            for v in values { result[v, default: 0] += 1 }
            return result
        }
    }
}
