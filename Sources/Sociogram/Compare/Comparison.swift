import Foundation

/// What `sociogram compare` was asked to do.
public struct CompareOptions: Sendable {
    /// Match pupils by roster id (both waves read with the same roster) instead of by name.
    public var byID: Bool
    /// Analysis options for both waves (status, flags).
    public var analysis: AnalysisOptions
    /// Codes instead of names in the document.
    public var pseudonymised: Bool
    /// What the waves are called in texts and the difference sociogram.
    public var beforeLabel: String
    /// What the second wave is called.
    public var afterLabel: String
    /// The language of the document's texts (`caveat`).
    public var language: Language

    /// The defaults: match by name, default analysis options, names shown, waves called `1` and `2`,
    /// texts in English.
    public init(
        byID: Bool = false, analysis: AnalysisOptions = AnalysisOptions(), pseudonymised: Bool = false,
        beforeLabel: String = "1", afterLabel: String = "2", language: Language = .en
    ) {
        self.byID = byID
        self.analysis = analysis
        self.pseudonymised = pseudonymised
        self.beforeLabel = beforeLabel
        self.afterLabel = afterLabel
        self.language = language
    }
}

/// Why a pupil named with `--pupil` could not be found.
public struct CompareError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was written after `--pupil`.
    public let written: String
    /// The codes of the pupils it fits, when it fits several; empty when it fits none.
    public let codes: [String]

    /// A message a teacher understands, in `language`.
    public func message(_ language: Language) -> String { Strings(language).compareError(self) }

    /// The message in English.
    public var description: String { message(.en) }
}

/// Two waves compared: the ``WaveComparison`` document and the input of the difference sociogram.
public struct Comparison: Sendable {
    public private(set) var document: WaveComparison
    /// New, lost and kept positive ties for ``Sociograms/differenceDiagram(_:options:)``: the comparable ties,
    /// plus the ties of pupils who left (lost) or joined (new). Ties of a chooser who answered in one wave
    /// only are not drawn (unknown, not lost).
    public let difference: DifferenceInput
    /// Real names of the document's pupils, for ``pupil(matching:)``, texts and the code key.
    let names: [String]
    /// Class names of the document's pupils (empty when unknown), for the code key.
    let classNames: [String]
    /// Which pupil of the first wave is which of the second (`sociogram follow` follows pupils through it).
    let match: WaveMatch

    /// Compares two waves.
    ///
    /// - Throws: ``AnalysisError`` when the analysis options do not fit a wave.
    /// - Complexity: the two analyses, plus O(*n* + *m* log *m*) for matching and ties (name matching's
    ///   close-spelling rung aside, see ``WaveMatch``).
    public static func run(before: ClassNetwork, after: ClassNetwork, options: CompareOptions = CompareOptions())
        throws(AnalysisError) -> Comparison
    {
        let ab = try ClassAnalysis(network: before, options: options.analysis)
        let aa = try ClassAnalysis(network: after, options: options.analysis)
        return run(before: ab, after: aa, options: options)
    }

    /// Compares two waves already analysed (with `options.analysis`): `sociogram follow` analyses each
    /// wave once and compares every consecutive pair.
    ///
    /// - Complexity: O(*n* + *m* log *m*), as ``run(before:after:options:)`` without the analyses.
    static func run(before ab: ClassAnalysis, after aa: ClassAnalysis, options: CompareOptions) -> Comparison {
        let before = ab.network, after = aa.network
        let match = WaveMatch(before: before, after: after, byID: options.byID)
        let hide = options.pseudonymised
        let codes = WaveCodes(before: before, after: after, match: match)
        func refBefore(_ i: Int) -> WaveComparison.PupilRef {
            .init(id: before.pupils[i].id, name: hide ? nil : before.pupils[i].name, code: codes.before[i])
        }
        func refAfter(_ j: Int) -> WaveComparison.PupilRef {
            .init(id: after.pupils[j].id, name: hide ? nil : after.pupils[j].name, code: codes.after[j])
        }
        let rb = before.pupils.map(\.responded), ra = after.pupils.map(\.responded)

        // Ties
        let posB = before.questions(ofKind: .positive), posA = after.questions(ofKind: .positive)
        let arcsB = Arc.of(before, questions: posB), arcsA = Arc.of(after, questions: posA)
        let union = ComparableTies(before: arcsB, after: arcsA, match: match, respondedBefore: rb, respondedAfter: ra)
        let questions = pairQuestions(before, posB, after, posA).map { q in
            WaveComparison.QuestionChange(
                beforeID: before.questions[q.before].id, afterID: after.questions[q.after].id, text: after.questions[q.after].text,
                ties: TieChange(ComparableTies(
                    before: Arc.of(before, questions: [q.before]), after: Arc.of(after, questions: [q.after]), match: match,
                    respondedBefore: rb, respondedAfter: ra)))
        }
        let classes = classChanges(before, arcsB, after, arcsA, match: match, rb: rb, ra: ra)

        // Pupils
        let negB = received(before, before.questions(ofKind: .negative)), negA = received(after, after.questions(ofKind: .negative))
        let posRB = received(before, posB), posRA = received(after, posA)
        var given = [WaveComparison.TieCounts](repeating: .init(), count: after.count)
        var got = given
        for arc in union.before.union(union.after) {
            let inB = union.before.contains(arc), inA = union.after.contains(arc)
            let bump: (inout WaveComparison.TieCounts) -> Void = { c in
                if inB && inA { c.kept += 1 } else if inA { c.new += 1 } else { c.lost += 1 }
            }
            bump(&given[arc.from])
            bump(&got[arc.to])
        }
        var pupils: [WaveComparison.PupilChange] = []
        var names: [String] = [], classNames: [String] = []
        for (j, p) in after.pupils.enumerated() {
            let i = match.beforeOf[j]
            let pb = i.map { ab.pupils[$0] }, pa = aa.pupils[j]
            pupils.append(.init(
                id: p.id, name: hide ? nil : p.name, code: p.code, status: i == nil ? .joined : .stayed,
                match: i.flatMap { bi in match.pairs.first { $0.before == bi }?.method }, respondedBefore: i.map { rb[$0] },
                respondedAfter: ra[j], positiveReceived: .init(i.flatMap { posRB?[$0] }, posRA?[j]),
                mutual: .init(pb.map { $0.mutual.count }, pa.mutual.count), negativeReceived: .init(i.flatMap { negB?[$0] }, negA?[j]),
                coieDodgeBefore: pb?.coieDodge, coieDodgeAfter: pa.coieDodge,
                newcombBukowskiBefore: pb?.newcombBukowski?.status, newcombBukowskiAfter: pa.newcombBukowski?.status,
                flagsBefore: pb?.flags, flagsAfter: pa.flags,
                given: i.map { rb[$0] && ra[j] } == true ? given[j] : nil, received: i == nil ? nil : got[j]))
            names.append(p.name)
            classNames.append(p.className ?? "")
        }
        for i in match.left {
            let p = before.pupils[i], pb = ab.pupils[i]
            pupils.append(.init(
                id: p.id, name: hide ? nil : p.name, code: codes.before[i], status: .left, match: nil, respondedBefore: rb[i],
                respondedAfter: nil, positiveReceived: .init(posRB?[i], nil), mutual: .init(pb.mutual.count, nil),
                negativeReceived: .init(negB?[i], nil), coieDodgeBefore: pb.coieDodge, coieDodgeAfter: nil,
                newcombBukowskiBefore: pb.newcombBukowski?.status, newcombBukowskiAfter: nil, flagsBefore: pb.flags,
                flagsAfter: nil, given: nil, received: nil))
            names.append(p.name)
            classNames.append(p.className ?? "")
        }

        let document = WaveComparison(
            schemaVersion: WaveComparison.currentSchemaVersion,
            tool: .init(name: "sociogram", version: SociogramVersion.string),
            caveat: Strings(options.language).documentCompareCaveat,
            pseudonymised: hide,
            before: wave(before, ab, label: options.beforeLabel), after: wave(after, aa, label: options.afterLabel),
            matching: .init(
                by: options.byID ? "id" : "name", matched: match.pairs.count,
                loose: match.pairs.filter { $0.method > .exact }.map {
                    .init(before: refBefore($0.before), after: refAfter($0.after), method: $0.method)
                },
                joined: match.joined.map(refAfter), left: match.left.map(refBefore),
                ambiguous: match.ambiguous.map(refAfter)),
            questions: questions, positive: posB.isEmpty || posA.isEmpty ? nil : TieChange(union), classes: classes,
            pupils: pupils, evaluation: nil)
        let difference = differenceInput(
            before, arcsB, after, arcsA, match: match, codes: codes, union: union, options: options)
        return Comparison(document: document, difference: difference, names: names, classNames: classNames, match: match)
    }

    private static func wave(_ n: ClassNetwork, _ a: ClassAnalysis, label: String) -> WaveComparison.Wave {
        .init(
            label: label, name: n.name, pupils: n.count, respondents: a.respondentCount,
            positiveQuestions: a.positiveQuestions.map { n.questions[$0].id }, negativeQuestionUsed: a.negativeQuestionUsed)
    }

    /// Distinct choosers of each pupil over the given questions; `nil` without such questions.
    static func received(_ n: ClassNetwork, _ questions: [Int]) -> [Int]? {
        guard !questions.isEmpty else { return nil }
        var count = [Int](repeating: 0, count: n.count)
        for arc in Arc.of(n, questions: questions) { count[arc.to] += 1 }
        return count
    }

    /// Positive questions asked in both waves: same text (ignoring case and spacing), else same id,
    /// else the remaining ones in order.
    private static func pairQuestions(_ b: ClassNetwork, _ pb: [Int], _ a: ClassNetwork, _ pa: [Int]) -> [(before: Int, after: Int)] {
        var pairs: [(before: Int, after: Int)] = []
        var restB = pb, restA = pa
        for key in [{ (q: Question) in FormMetadata.key(q.text) }, { (q: Question) in q.id }] {
            for qa in restA {
                if let k = restB.firstIndex(where: { key(b.questions[$0]) == key(a.questions[qa]) }) {
                    pairs.append((restB[k], qa))
                    restB.remove(at: k)
                    restA.removeAll { $0 == qa }
                }
            }
        }
        pairs += zip(restB, restA).map { ($0, $1) }
        return pairs.sorted { $0.after < $1.after }
    }

    /// The union of the positive questions per class: ties with both ends in the class (in each wave).
    private static func classChanges(
        _ b: ClassNetwork, _ arcsB: Set<Arc>, _ a: ClassNetwork, _ arcsA: Set<Arc>, match: WaveMatch, rb: [Bool], ra: [Bool]
    ) -> [WaveComparison.ClassChange] {
        let names = a.classNames.count > 1 ? a.classNames : [a.name]
        return names.map { cls in
            let single = names.count == 1
            func inClass(_ n: ClassNetwork, _ arc: Arc) -> Bool {
                single || (n.pupils[arc.from].className == cls && n.pupils[arc.to].className == cls)
            }
            let ties = ComparableTies(
                before: arcsB.filter { inClass(b, $0) }, after: arcsA.filter { inClass(a, $0) }, match: match,
                respondedBefore: rb, respondedAfter: ra)
            return .init(name: cls, ties: TieChange(ties))
        }
    }

    private static func differenceInput(
        _ b: ClassNetwork, _ arcsB: Set<Arc>, _ a: ClassNetwork, _ arcsA: Set<Arc>, match: WaveMatch, codes: WaveCodes,
        union: ComparableTies, options: CompareOptions
    ) -> DifferenceInput {
        var pupils = a.pupils.enumerated().map { j, p in
            DifferenceInput.Pupil(name: p.name, code: p.code, gender: p.gender, status: match.beforeOf[j] == nil ? .joined : .stayed)
        }
        var indexOfLeft: [Int: Int] = [:]
        for i in match.left {
            indexOfLeft[i] = pupils.count
            pupils.append(DifferenceInput.Pupil(name: b.pupils[i].name, code: codes.before[i], gender: b.pupils[i].gender, status: .left))
        }
        var ties: [DifferenceInput.Tie] = []
        for arc in union.before.union(union.after).sorted() {
            let status: DifferenceInput.TieStatus =
                union.before.contains(arc) ? (union.after.contains(arc) ? .kept : .lost) : .new
            ties.append(.init(from: arc.from, to: arc.to, status: status))
        }
        for arc in arcsB.sorted() where indexOfLeft[arc.from] != nil || indexOfLeft[arc.to] != nil {
            guard let f = match.afterOf[arc.from] ?? indexOfLeft[arc.from], let t = match.afterOf[arc.to] ?? indexOfLeft[arc.to]
            else { continue }
            ties.append(.init(from: f, to: t, status: .lost))
        }
        for arc in arcsA.sorted() where match.beforeOf[arc.from] == nil || match.beforeOf[arc.to] == nil {
            ties.append(.init(from: arc.from, to: arc.to, status: .new))
        }
        return DifferenceInput(
            className: a.name, beforeLabel: options.beforeLabel, afterLabel: options.afterLabel, pupils: pupils, ties: ties)
    }

    /// The code↔name key of a pseudonymised comparison (every pupil of either wave, with the codes the
    /// document and the difference sociogram use), in the format of ``CodeKey``.
    public var codeKey: String {
        CodeKey.csv(rows: document.pupils.indices.map { k in
            CodeKey.Row(code: document.pupils[k].code, id: document.pupils[k].id, name: names[k], className: classNames[k])
        })
    }

    /// The document's index of the pupil `text` names: an id, a code, or a name (exact, then the importer's
    /// name-matching ladder).
    public func pupil(matching text: String) -> Result<Int, CompareError> {
        let wanted = NameKey.collapsed(text)
        if let k = document.pupils.firstIndex(where: { $0.id == wanted || $0.code == wanted }) { return .success(k) }
        switch NameMatcher(names.map { .init(name: $0) }).match(wanted) {
        case .matched(let k, _): return .success(k)
        case .ambiguous(let ks):
            return .failure(CompareError(written: text, codes: ks.map { document.pupils[$0].code }))
        case .unmatched:
            return .failure(CompareError(written: text, codes: []))
        }
    }

    /// Adds the activity-plan paragraph for the pupil at `index` (see ``EvaluationText``).
    public mutating func addEvaluation(pupil index: Int, language: Language) {
        let p = document.pupils[index]
        let label = document.pseudonymised ? p.code : names[index]
        document.evaluation = WaveComparison.Evaluation(
            pupilID: p.id, language: language,
            text: EvaluationText.paragraph(p, label: label, before: document.before.label, after: document.after.label, language: language))
    }
}
