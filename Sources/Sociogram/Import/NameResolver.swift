/// Turns written names into pupils: against the roster when there is one, otherwise against the
/// pupils the files declare (respondents, matrix rows, edge-list choosers).
///
/// Records every non-exact match, every unmatched or ambiguous name (with its place), and for each
/// file how many written names matched nobody (a wrong roster).
struct NameResolver {
    /// A pupil being assembled.
    struct Record: Sendable {
        var name: String
        var className: String?
        var gender: Gender?
        var responded: Bool
        var rosterIndex: Int?
        /// Where a respondent row / matrix row / chooser declared this pupil, and in which draft.
        var declared: (draft: Int, location: SourceLocation)?
    }

    /// A name that did not match exactly (for `--strict`) or not at all.
    struct Problem: Sendable {
        let location: SourceLocation
        let message: String
    }

    private struct LooseKey: Hashable {
        let written: String
        let pupil: Int
        let method: MatchMethod
    }

    private struct Scope {
        let matcher: NameMatcher
        /// Global pupil index of each matcher candidate.
        let pupils: [Int]
    }

    private(set) var pupils: [Record] = []
    private(set) var problems: [Problem] = []
    var notes = DiagnosticCollector()
    private var loose: [LooseKey: (count: Int, first: SourceLocation)] = [:]
    private var looseOrder: [LooseKey] = []
    private(set) var written: [String: Int] = [:]
    private(set) var unmatched: [String: (count: Int, first: SourceLocation)] = [:]
    private let hasRoster: Bool
    private var scopes: [String: Scope] = [:]
    private var whole: Scope
    private var cache: [String: NameMatcher.Outcome] = [:]
    private var unknownClasses = Set<String>()
    /// The language of the warnings and problems.
    let strings: Strings
    /// Roster id and code of each roster pupil (empty without a roster), for name decisions.
    private(set) var rosterIdentifiers: [[String]] = []
    /// The user's name decisions by ``NameDecision/key(_:)``, in the order given (see NameResolver+Decisions).
    var decisions: [String: NameDecision] = [:]
    var decisionOrder: [String] = []
    /// The pupil each `.pupil` decision names.
    var decisionTargets: [String: Int] = [:]
    /// How often each decision was used, and where first.
    var decisionUse: [String: (count: Int, first: SourceLocation)] = [:]
    /// How many answer rows (respondent names) each decision covered.
    var decisionRows: [String: Int] = [:]
    /// Names that matched nobody, first occurrence each.
    private(set) var unknownNames: [UnknownName] = []
    private var unknownSeen = Set<String>()
    private var droppedLast = false

    /// A resolver over a roster's pupils; messages are written in the language of `strings`.
    init(roster: Roster, strings: Strings) {
        self.strings = strings
        hasRoster = true
        pupils = roster.entries.enumerated().map { i, e in
            Record(name: e.name, className: e.className, gender: e.gender, responded: e.responded ?? false, rosterIndex: i)
        }
        let all = roster.entries.map { NameMatcher.Candidate(name: $0.name, identifiers: [$0.id, $0.code].compactMap { $0 }) }
        rosterIdentifiers = all.map(\.identifiers)
        whole = Scope(matcher: NameMatcher(all), pupils: Array(all.indices))
        if roster.hasClasses {
            var members: [String: [Int]] = [:]
            for (i, e) in roster.entries.enumerated() { members[Self.classKey(e.className), default: []].append(i) }
            for (key, idx) in members {
                scopes[key] = Scope(matcher: NameMatcher(idx.map { all[$0] }), pupils: idx)
            }
        }
    }

    /// A resolver without a roster; call ``declare(_:draft:family:crossClass:)`` for every declared
    /// pupil, then ``prepareScopes(depth:wholeDepth:)``.
    init(strings: Strings) {
        self.strings = strings
        hasRoster = false
        whole = Scope(matcher: NameMatcher([]), pupils: [])
    }

    static func classKey(_ className: String?) -> String { className.map(FormMetadata.key) ?? "" }

    // MARK: Declared pupils

    /// Resolves a declared pupil; returns its global index, or `nil` when it is not on the roster.
    ///
    /// Throws `.duplicateRespondent` when the same pupil is declared twice (except repeated choosers
    /// within one edge list, which are the same pupil by design).
    mutating func declare(_ p: DraftPupil, draft: Int, family: SurveyDraft.Family, crossClass: Bool) throws(ImportError) -> Int? {
        count(p.name.location.file)
        let index: Int
        if hasRoster {
            guard let i = resolve(p.name, crossClass: crossClass, onUnknown: .warn, role: .respondent) else {
                return nil
            }
            index = i
        } else if let i = findDeclared(p.name) {
            index = i
        } else {
            index = pupils.count
            pupils.append(Record(name: p.name.text, className: p.name.className, gender: nil, responded: false))
        }
        if let previous = pupils[index].declared {
            let sameEdgeList = family == .edgeList && previous.draft == draft
            if !sameEdgeList {
                throw ImportError(
                    .duplicateRespondent, at: p.name.location,
                    strings.importAnsweredTwice(
                        pupils[index].name, lines: previous.location.line ?? 0, p.name.location.line ?? 0,
                        otherFile: previous.location.file == p.name.location.file ? nil : previous.location.file))
            }
        } else {
            pupils[index].declared = (draft, p.name.location)
        }
        pupils[index].responded = pupils[index].responded || p.responded
        if pupils[index].gender == nil { pupils[index].gender = p.gender }
        if pupils[index].className == nil { pupils[index].className = p.name.className }
        return index
    }

    private var declaredKeys: [String: Int] = [:]

    private mutating func findDeclared(_ w: WrittenName) -> Int? {
        let key = Self.classKey(w.className) + "\u{1}" + NameKey.normalised(w.text)
        if let i = declaredKeys[key] { return i }
        declaredKeys[key] = pupils.count
        return nil
    }

    /// Without a roster: builds the per-class matchers over the declared pupils; `depth` gives how far
    /// down the ladder names of each class (key) are matched, `wholeDepth` across classes.
    mutating func prepareScopes(depth: [String: NameMatcher.Depth], wholeDepth: NameMatcher.Depth) {
        guard !hasRoster else { return }
        var members: [String: [Int]] = [:]
        for (i, p) in pupils.enumerated() { members[Self.classKey(p.className), default: []].append(i) }
        for (key, idx) in members {
            let matcher = NameMatcher(idx.map { .init(name: pupils[$0].name) }, depth: depth[key] ?? .full)
            scopes[key] = Scope(matcher: matcher, pupils: idx)
        }
        if scopes.count == 1, let only = scopes.values.first, only.pupils.count == pupils.count {
            whole = only  // one class: the same matcher serves both
            return
        }
        let all = NameMatcher(pupils.map { .init(name: $0.name) }, depth: wholeDepth)
        whole = Scope(matcher: all, pupils: Array(pupils.indices))
    }

    // MARK: Nominated names

    enum Role { case respondent, nominee }

    /// Resolves a nominated name. Without a roster an unknown name becomes a pupil who did not answer
    /// (with a warning unless `quietlyAdd`); with a roster it is reported and `nil` is returned.
    mutating func nominee(_ w: WrittenName, crossClass: Bool, quietlyAdd: Bool) -> Int? {
        count(w.location.file)
        let onUnknown: OnUnknown = hasRoster ? .warn : (quietlyAdd ? .ignore : .problemOnly)
        if let i = resolve(w, crossClass: crossClass, onUnknown: onUnknown, role: .nominee) {
            return i
        }
        guard !hasRoster, !ambiguousLast, !droppedLast else { return nil }
        return addNonRespondent(w, warn: !quietlyAdd)
    }

    private var ambiguousLast = false
    private var added: [String: (index: Int, count: Int)] = [:]
    private var addedOrder: [(key: String, first: SourceLocation, written: String)] = []

    private mutating func addNonRespondent(_ w: WrittenName, warn: Bool) -> Int {
        let key = Self.classKey(w.className) + "\u{1}" + NameKey.normalised(w.text)
        if let known = added[key] {
            added[key] = (known.index, known.count + 1)
            return known.index
        }
        let i = pupils.count
        pupils.append(Record(name: w.text, className: w.className, gender: nil, responded: false))
        added[key] = (i, 1)
        if warn {
            addedOrder.append((key, w.location, w.text))
            recordUnknown(w)
        }
        return i
    }

    /// Warnings for names added as non-respondents (one per distinct name, with how often it was written).
    mutating func reportAdded() {
        for a in addedOrder {
            let n = added[a.key]?.count ?? 1
            notes.warn("added-pupil", at: a.first, strings.importAddedPupil(a.written, times: n))
        }
    }

    /// What an unknown name leads to: a warning (roster), only a `--strict` problem (the name is added
    /// as a pupil with its own warning), or nothing (edge lists: every name is a pupil).
    private enum OnUnknown { case warn, problemOnly, ignore }

    private mutating func resolve(
        _ w: WrittenName, crossClass: Bool, onUnknown: OnUnknown, role: Role
    ) -> Int? {
        ambiguousLast = false
        droppedLast = false
        if let decided = decided(w, respondent: role == .respondent) {
            droppedLast = decided == nil
            return decided
        }
        let classKey = Self.classKey(w.className)
        if hasRoster, !scopes.isEmpty, scopes[classKey] == nil, let cls = w.className, unknownClasses.insert(classKey).inserted {
            notes.note("class-not-on-roster", at: w.location, strings.importClassNotOnRoster(cls))
        }
        let primary = scopes[classKey] ?? whole
        var outcome = outcomeCached(w.text, scope: classKey, primary)
        var scope = primary
        if crossClass, scopes[classKey] != nil, !Self.isExact(outcome) {
            // Across the grade: a name that matches nobody in the class, or only loosely («Elev 3 K1»
            // is a close spelling of «Elev 3 K0»), is the pupil of another class whose name it is exactly.
            let wide = outcomeCached(w.text, scope: "\u{2}", whole)
            if isMatch(outcome) ? Self.isExact(wide) : (isMatch(wide) || outcome == .unmatched) {
                outcome = wide
                scope = whole
            }
        }
        switch outcome {
        case .matched(let k, let method):
            let i = scope.pupils[k]
            if method != .exact { recordLoose(w, pupil: i, method: method) }
            return i
        case .ambiguous(let ks):
            ambiguousLast = true
            let names = ks.map { pupils[scope.pupils[$0]].name }
            unmatchedName(w, strings.importAmbiguousName(w.text, candidates: names, respondent: role == .respondent))
            return nil
        case .unmatched:
            switch onUnknown {
            case .warn:
                unmatchedName(w, strings.importNotOnRoster(w.text, respondent: role == .respondent))
            case .problemOnly:
                problems.append(Problem(location: w.location, message: strings.importNotARespondent(w.text)))
            case .ignore: break
            }
            return nil
        }
    }

    private static func isExact(_ o: NameMatcher.Outcome) -> Bool {
        if case .matched(_, .exact) = o { return true }
        return false
    }

    private func isMatch(_ o: NameMatcher.Outcome) -> Bool {
        if case .matched = o { return true }
        return false
    }

    private mutating func outcomeCached(_ text: String, scope key: String, _ scope: Scope) -> NameMatcher.Outcome {
        let cacheKey = key + "\u{1}" + text
        if let hit = cache[cacheKey] { return hit }
        let o = scope.matcher.match(text)
        cache[cacheKey] = o
        return o
    }

    private mutating func count(_ file: String) { written[file, default: 0] += 1 }

    private mutating func unmatchedName(_ w: WrittenName, _ message: String) {
        notes.warn("unmatched-name", at: w.location, message)
        recordUnknown(w)
        problems.append(Problem(location: w.location, message: message))
        let f = w.location.file
        if let u = unmatched[f] { unmatched[f] = (u.count + 1, u.first) } else { unmatched[f] = (1, w.location) }
    }

    private mutating func recordUnknown(_ w: WrittenName) {
        guard unknownSeen.insert(NameDecision.key(w.text)).inserted else { return }
        unknownNames.append(UnknownName(written: w.text, location: w.location))
    }

    private mutating func recordLoose(_ w: WrittenName, pupil: Int, method: MatchMethod) {
        let key = LooseKey(written: w.text, pupil: pupil, method: method)
        if let known = loose[key] {
            loose[key] = (known.count + 1, known.first)
            return
        }
        loose[key] = (1, w.location)
        looseOrder.append(key)
        let message = strings.importLooseMatch(w.text, as: pupils[pupil].name, method)
        problems.append(Problem(location: w.location, message: message + strings.importStrictOnlyExact))
        if method == .normalised {
            notes.note("fuzzy-match", at: w.location, message)
        } else {
            notes.warn("fuzzy-match", at: w.location, message + strings.importCheckThis)
        }
    }

    /// The non-exact matches, in order of first occurrence, with the pupils' final ids.
    func matches(ids: [String]) -> [NameMatch] {
        looseOrder.compactMap { key in
            guard let rec = loose[key] else { return nil }
            return NameMatch(
                written: key.written, pupilID: ids[key.pupil], pupilName: pupils[key.pupil].name, method: key.method,
                occurrences: rec.count, location: rec.first)
        }
    }
}
