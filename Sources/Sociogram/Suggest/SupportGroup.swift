/// Which kind of support group a suggestion follows.
public enum SupportGroupDesign: String, Sendable, Hashable, Codable {
    /// Udir's elevgrupper / Kvarme's støttegruppe: peers the pupil chose, with the pupil present,
    /// meeting with an adult to make school days better for the pupil. (Not the Support Group Method,
    /// where peers who took part in the bullying join bystanders and the bullied pupil is absent.)
    case chosenPeersWithPupil
}

/// One member of a suggested support group.
public struct SupportGroupMember: Sendable, Hashable, Codable {
    /// Why the member is in the group.
    public enum Role: String, Sendable, Hashable, Codable {
        /// The pupil named them positively (own choice).
        case pupilsChoice
        /// A prosocial, well-placed classmate added after the pupil's own choices.
        case prosocialPeer
    }

    public let pupil: Int
    public let role: Role
    public let reasons: [SupportReason]
}

/// The result of `sociogram suggest support-group`.
public struct SupportGroupResult: Sendable, Hashable, Codable {
    public let pupil: Int
    public let design: SupportGroupDesign
    /// Members in the order chosen: the pupil's own choices first.
    public let members: [SupportGroupMember]
    public let excluded: [ExcludedPupil]
    public let notes: [SuggestNote]
    /// Whether all members belong to one subgroup (maximal mutual clique) because no one else could be added.
    public let oneSubgroupOnly: Bool
}

extension ClassNetwork {
    /// Suggests a support group of `size` peers for pupil `p` (Udir / Kvarme design, the pupil present):
    /// first the classmates `p` named positively (in the order named), then the best-ranked supporters
    /// (``suggestSupporters(for:count:signals:)``) who were named as helpful at least once; nobody with a
    /// negative nomination to or from `p`; and not all members from one subgroup (a maximal clique of ≥ 3
    /// in the mutual-choice graph): if they would be, the last member from that subgroup is replaced by
    /// the best candidate outside it.
    ///
    /// A classmate named in the negative question clearly more often than chance is never added; when
    /// they are the pupil's own choice they stay, with a caution among their reasons. When too few
    /// classmates were named as helpful (or the survey has no prosocial question), the group is smaller
    /// than asked and a note says why, rather than being filled up with weaker reasons.
    ///
    /// - Throws: ``SuggestError`` when `p` is not in the class or `size` < 2.
    /// - Complexity: O(*n* log *n* + *m*) plus the maximal-clique enumeration of the mutual graph.
    public func suggestSupportGroup(
        for p: Int, size: Int = 6, signals: SuggestSignals? = nil
    ) throws(SuggestError) -> SupportGroupResult {
        guard size >= 2 else { throw SuggestError(.supportGroupTooSmall(asked: size)) }
        let s = signals ?? SuggestSignals(network: self)
        let often = namedNegativelyOften()
        let ranked = try suggestSupporters(for: p, count: count, signals: s, often: often)
        var reasons = Dictionary(uniqueKeysWithValues: ranked.supporters.map { ($0.pupil, $0.reasons) })
        // The pupil's own choices stay even when many named them negatively, with a caution.
        let (eligible, _) = s.eligible(for: p, among: count)
        let zPro = s.prosocialReceived.map { SuggestSignals.standardise($0.map(Double.init)) }
        let zInf = s.influenceReceived.map { SuggestSignals.standardise($0.map(Double.init)) }
        let own = s.positiveOut[p].filter(Set(eligible).contains)
        for c in own where reasons[c] == nil {
            reasons[c] = s.supportScore(of: c, for: p, zProsocial: zPro, zInfluence: zInf).1
        }
        for c in own { if let k = often[c] { reasons[c, default: []].append(.namedNegativelyOften(k)) } }
        var order: [(Int, SupportGroupMember.Role)] = own.map { ($0, .pupilsChoice) }
        let helpful = s.prosocialReceived ?? Array(repeating: 0, count: count)
        order += ranked.supporters.map(\.pupil).filter { !s.positiveOut[p].contains($0) && helpful[$0] >= 1 }
            .map { ($0, .prosocialPeer) }
        var chosen = Array(order.prefix(size))
        var rest = Array(order.dropFirst(size))
        var oneSubgroup = false
        let cliques = Self.maximalCliques(mutual: s, among: (0..<count).filter { $0 != p })
        if chosen.count >= 2, let clique = cliques.first(where: { c in chosen.allSatisfy { c.contains($0.0) } }) {
            if let outside = rest.firstIndex(where: { !clique.contains($0.0) }) {
                chosen[chosen.count - 1] = rest.remove(at: outside)
            } else {
                oneSubgroup = true
            }
        }
        var notes = ranked.notes
        if chosen.count < size && s.prosocialReceived != nil { notes.append(.fewHelpfulClassmates) }
        return SupportGroupResult(
            pupil: p, design: .chosenPeersWithPupil,
            members: chosen.map { SupportGroupMember(pupil: $0.0, role: $0.1, reasons: reasons[$0.0] ?? []) },
            excluded: ranked.excluded, notes: notes, oneSubgroupOnly: oneSubgroup)
    }

    /// Maximal cliques of at least 3 pupils in the mutual positive graph restricted to `among`
    /// (Bron–Kerbosch with pivoting).
    ///
    /// - Complexity: O(3^(*n*/3)) worst case; trivial for a class.
    static func maximalCliques(mutual s: SuggestSignals, among pupils: [Int]) -> [Set<Int>] {
        let set = Set(pupils)
        let adj = Dictionary(uniqueKeysWithValues: pupils.map { i in (i, Set(pupils.filter { $0 != i && s.mutual(i, $0) })) })
        var result: [Set<Int>] = []
        func expand(_ r: Set<Int>, _ p: Set<Int>, _ x: Set<Int>) {
            if p.isEmpty && x.isEmpty {
                if r.count >= 3 { result.append(r) }
                return
            }
            let pivot = p.union(x).max { (adj[$0]?.intersection(p).count ?? 0) < (adj[$1]?.intersection(p).count ?? 0) }
            var p = p, x = x
            for v in p.subtracting(pivot.flatMap { adj[$0] } ?? []).sorted() {
                let nv = adj[v] ?? []
                expand(r.union([v]), p.intersection(nv), x.intersection(nv))
                p.remove(v)
                x.insert(v)
            }
        }
        expand([], set, [])
        return result
    }
}
