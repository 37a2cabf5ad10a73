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
        public let ll: ChanceEntry?
        public let impact: ChanceEntry?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(lm, forKey: .lm)
            try c.encode(ll, forKey: .ll)
            try c.encode(impact, forKey: .impact)
        }
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
        public let gender: Gender?
        public let className: String?
        public let responded: Bool
        /// Nominations received per question id.
        public let received: [String: Int]
        /// Names given per question id; `null` for a non-respondent.
        public let given: [String: Int]?
        public let mutual: [String]
        public let lm: Int?
        public let ll: Int?
        public let zLM: Double?
        public let zLL: Double?
        public let zSP: Double?
        public let zSI: Double?
        public let coieDodge: CoieDodgeStatus?
        public let newcombBukowski: NewcombBukowskiStatus?
        public let acceptance: ChanceLevel?
        public let chance: ChanceSection?
        public let prosocial: ScoreEntry?
        public let influence: ScoreEntry?
        public let betweenness: Double?
        public let pageRank: Double?
        public let community: Int?
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

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(code, forKey: .code)
            try c.encode(gender, forKey: .gender)
            try c.encode(className, forKey: .className)
            try c.encode(responded, forKey: .responded)
            try c.encode(received, forKey: .received)
            try c.encode(given, forKey: .given)
            try c.encode(mutual, forKey: .mutual)
            try c.encode(lm, forKey: .lm)
            try c.encode(ll, forKey: .ll)
            try c.encode(zLM, forKey: .zLM)
            try c.encode(zLL, forKey: .zLL)
            try c.encode(zSP, forKey: .zSP)
            try c.encode(zSI, forKey: .zSI)
            try c.encode(coieDodge, forKey: .coieDodge)
            try c.encode(newcombBukowski, forKey: .newcombBukowski)
            try c.encode(acceptance, forKey: .acceptance)
            try c.encode(chance, forKey: .chance)
            try c.encode(prosocial, forKey: .prosocial)
            try c.encode(influence, forKey: .influence)
            try c.encode(betweenness, forKey: .betweenness)
            try c.encode(pageRank, forKey: .pageRank)
            try c.encode(community, forKey: .community)
            try c.encode(flags, forKey: .flags)
        }
    }
}
