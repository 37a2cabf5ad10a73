extension AnalysisDocument {
    /// A count against its chance distribution (Newcomb–Bukowski model).
    public struct ChanceEntry: Sendable, Codable, Hashable {
        public let observed: Int
        public let expected: Double
        /// P(X ≥ observed) under chance.
        public let pHigh: Double
        /// P(X ≤ observed) under chance.
        public let pLow: Double

        init(_ t: ChanceTest) {
            observed = t.observed
            expected = t.expected
            pHigh = t.upper
            pLow = t.lower
        }
    }

    public struct ChanceSection: Sendable, Codable, Hashable {
        public let lm: ChanceEntry
        @ExplicitNull public var ll: ChanceEntry?
        @ExplicitNull public var impact: ChanceEntry?
    }

    public struct ScoreEntry: Sendable, Codable, Hashable {
        public let received: Int
        public let z: Double
    }

    public struct PupilEntry: Sendable, Codable, Hashable {
        public let id: String
        /// The name, or the code in a pseudonymised document.
        public let name: String
        public let code: String
        @ExplicitNull public var gender: Gender?
        @ExplicitNull public var className: String?
        public let responded: Bool
        /// Nominations received per question id.
        public let received: [String: Int]
        /// Names given per question id; `null` for a non-respondent.
        @ExplicitNull public var given: [String: Int]?
        public let mutual: [String]
        @ExplicitNull public var lm: Int?
        @ExplicitNull public var ll: Int?
        @ExplicitNull public var zLM: Double?
        @ExplicitNull public var zLL: Double?
        @ExplicitNull public var zSP: Double?
        @ExplicitNull public var zSI: Double?
        @ExplicitNull public var coieDodge: CoieDodgeStatus?
        @ExplicitNull public var newcombBukowski: NewcombBukowskiStatus?
        @ExplicitNull public var acceptance: ChanceLevel?
        @ExplicitNull public var chance: ChanceSection?
        @ExplicitNull public var prosocial: ScoreEntry?
        @ExplicitNull public var influence: ScoreEntry?
        @ExplicitNull public var betweenness: Double?
        @ExplicitNull public var pageRank: Double?
        @ExplicitNull public var community: Int?
        public let flags: [PupilFlag]

        init(_ p: PupilAnalysis, analysis a: ClassAnalysis, ids: [String], pseudonymised: Bool) {
            let pupil = a.network.pupils[p.index]
            let qids = a.network.questions.map(\.id)
            id = pupil.id
            name = pseudonymised ? pupil.code : pupil.name
            code = pupil.code
            gender = pupil.gender
            className = pupil.className
            responded = pupil.responded
            received = Dictionary(uniqueKeysWithValues: zip(qids, p.received))
            given = p.given.map { Dictionary(uniqueKeysWithValues: zip(qids, $0)) }
            mutual = p.mutual.map { ids[$0] }
            lm = p.lm
            ll = p.ll
            zLM = p.zLM
            zLL = p.zLL
            zSP = p.zSP
            zSI = p.zSI
            coieDodge = p.coieDodge
            newcombBukowski = p.newcombBukowski?.status
            acceptance = p.acceptance
            chance = p.lmChance.map {
                ChanceSection(
                    lm: ChanceEntry($0), ll: p.newcombBukowski.map { ChanceEntry($0.ll) },
                    impact: p.newcombBukowski.map { ChanceEntry($0.impact) })
            }
            prosocial = p.prosocial.map { ScoreEntry(received: $0.received, z: $0.z) }
            influence = p.influence.map { ScoreEntry(received: $0.received, z: $0.z) }
            betweenness = p.betweenness
            pageRank = p.pageRank
            community = p.community
            flags = p.flags
        }
    }
}
