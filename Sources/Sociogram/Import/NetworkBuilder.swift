/// Assembles a ``ClassNetwork`` from one or more drafts (one per file) and an optional roster:
/// questions unified and kinds decided, names resolved, self-nominations and duplicates dropped with
/// a warning each, ids and codes assigned, the name rules (`--strict`, a wrong roster) enforced.
enum NetworkBuilder {
    /// Builds the network named `name`.
    ///
    /// - Complexity: O(*p* + *m* + *w* · *c*) for *p* pupils, *m* nominations and *w* distinct written
    ///   names that need the close-spelling rung against *c* candidates of their class.
    /// More different names than this in one import are refused before any is matched: each pupil costs
    /// about 1 KB on the way (matching tables, the network, the analysis), so 200,000 stay well under 1 GB,
    /// while a 64 MiB edge list of unique names (two million) needed 2 GB. A municipality's grade is a
    /// few tens of thousands of pupils.
    static let maxNames = 200_000

    /// Refuses drafts with more than ``maxNames`` different written names, at the first name over.
    ///
    /// - Complexity: O(*n*) for *n* written names (one set of their texts).
    static func checkSize(_ drafts: [SurveyDraft], _ s: Strings, maxNames: Int = NetworkBuilder.maxNames) throws(ImportError) {
        var seen = Set<String>()
        func count(_ name: WrittenName) throws(ImportError) {
            guard seen.insert(name.text).inserted, seen.count > maxNames else { return }
            throw ImportError(.tooLarge, at: name.location, s.importTooManyNames(maxNames))
        }
        for draft in drafts {
            for pupil in draft.pupils { try count(pupil.name) }
            for nomination in draft.nominations { try count(nomination.to) }
        }
    }

    static func build(
        _ drafts: [SurveyDraft], name: String, roster: Roster?, options: ImportOptions,
        extraDiagnostics: [Diagnostic] = []
    ) throws(ImportError) -> ImportResult {
        let s = options.strings
        try checkSize(drafts, s)
        var resolver = roster.map { NameResolver(roster: $0, strings: s) } ?? NameResolver(strings: s)
        // Across classes only with a roster: without one, a name missing from the chooser's class is more
        // likely a classmate who did not answer than a namesake in another class.
        let crossClass = { (draft: SurveyDraft) in draft.crossClass && roster != nil }
        if roster != nil { try resolver.prepareDecisions(options.nameDecisions) }
        var declaredMap: [[Int?]] = []
        for (d, draft) in drafts.enumerated() {
            var local: [Int?] = []
            for p in draft.pupils {
                local.append(try resolver.declare(p, draft: d, family: draft.family, crossClass: crossClass(draft)))
            }
            declaredMap.append(local)
        }
        if roster == nil {
            var depth: [String: NameMatcher.Depth] = [:]
            for draft in drafts {
                for p in draft.pupils {
                    depth[NameResolver.classKey(p.name.className)] = draft.family == .edgeList ? .normalised : .full
                }
            }
            resolver.prepareScopes(
                depth: depth, wholeDepth: drafts.allSatisfy { $0.family == .edgeList } ? .normalised : .full)
            try resolver.prepareDecisions(options.nameDecisions)
        }
        let (draftQuestions, questionMap) = QuestionSettings.unify(drafts)
        var notes = DiagnosticCollector()
        var nominations: [Nomination] = []
        var seen = Set<NominationKey>()
        for (d, draft) in drafts.enumerated() {
            for nom in draft.nominations {
                guard let from = declaredMap[d][nom.from] else { continue }
                guard let to = resolver.nominee(nom.to, crossClass: crossClass(draft), quietlyAdd: draft.family == .edgeList)
                else { continue }
                let q = questionMap[d][nom.question]
                let chooser = resolver.pupils[from].name
                if from == to {
                    notes.warn("self-nomination", at: nom.to.location,
                        s.importSelfNomination(chooser, question: draftQuestions[q].text))
                } else if !seen.insert(NominationKey(question: q, from: from, to: to)).inserted {
                    notes.warn("duplicate-nomination", at: nom.to.location,
                        s.importDuplicateNomination(chooser, chose: resolver.pupils[to].name, question: draftQuestions[q].text))
                } else {
                    nominations.append(Nomination(from: from, to: to, question: q, rank: nom.rank))
                }
            }
        }
        resolver.reportAdded()
        if options.nameDecisionsMustOccur { try resolver.checkDecisionsUsed() }
        try enforceNameRules(resolver, roster: roster, strict: options.strict, s)

        var questions = QuestionSettings.guessKinds(draftQuestions, notes: &notes, s)
        questions = try QuestionSettings.apply(options.questionKinds, to: questions, notes: &notes, s)
        if options.dropNegative {
            (questions, nominations) = dropNegative(questions, nominations, notes: &notes, s)
        }
        let records = resolver.pupils
        let pupils = PupilIdentity.assign(records, roster: roster)
        let decided = resolver.reportDecisions(pupils)
        let missing = pupils.filter { !$0.responded }.map(\.name)
        if !missing.isEmpty {
            notes.note("non-respondents", at: nil, s.importNonRespondents(missing))
        }
        var diagnostics = extraDiagnostics + (roster?.diagnostics ?? [])
        for draft in drafts { diagnostics += draft.diagnostics }
        diagnostics += resolver.notes.diagnostics + notes.diagnostics
        let network = ClassNetwork(name: name, pupils: pupils, questions: questions, nominations: nominations)
        let files = (roster.map { [$0.report] } ?? []) + drafts.map(\.report)
        let report = ImportReport(
            files: files, matches: resolver.matches(ids: pupils.map(\.id)), diagnostics: diagnostics,
            nameDecisions: decided, unknownNames: resolver.unknownNames)
        return ImportResult(network: network, report: report, surveyDate: drafts.compactMap(\.surveyDate).min())
    }

    private struct NominationKey: Hashable {
        let question: Int
        let from: Int
        let to: Int
    }

    /// More than half the written names of a file on no roster is an error ("is this the right
    /// roster?"); with `--strict`, so is any non-exact or unknown name (the first in the file is named).
    private static func enforceNameRules(
        _ r: NameResolver, roster: Roster?, strict: Bool, _ s: Strings
    ) throws(ImportError) {
        if roster != nil {
            for (file, total) in r.written.sorted(by: { $0.key < $1.key }) {
                guard let bad = r.unmatched[file], bad.count * 2 > total else { continue }
                throw ImportError(.unknownName, at: bad.first, s.importWrongRoster(unknown: bad.count, of: total))
            }
        }
        guard strict, let first = r.problems.min(by: { earlier($0.location, $1.location) }) else { return }
        throw ImportError(.unknownName, at: first.location, first.message + " (--strict)")
    }

    private static func earlier(_ a: SourceLocation, _ b: SourceLocation) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        return (a.column ?? 0) < (b.column ?? 0)
    }

    /// Removes negative questions and their nominations (`--drop-negative`).
    private static func dropNegative(
        _ questions: [Question], _ nominations: [Nomination], notes: inout DiagnosticCollector, _ s: Strings
    ) -> ([Question], [Nomination]) {
        var newIndex = Array(repeating: -1, count: questions.count)
        var kept: [Question] = []
        for (i, q) in questions.enumerated() where q.kind != .negative {
            newIndex[i] = kept.count
            kept.append(q)
        }
        let dropped = questions.filter { $0.kind == .negative }
        guard !dropped.isEmpty else { return (questions, nominations) }
        notes.note("negative-dropped", at: nil, s.importNegativeDropped(dropped.map { "\($0.id) \($0.text)" }))
        let noms = nominations.compactMap { n -> Nomination? in
            let q = newIndex[n.question]
            return q < 0 ? nil : Nomination(from: n.from, to: n.to, question: q, rank: n.rank)
        }
        return (kept, noms)
    }
}
