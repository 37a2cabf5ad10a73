extension ClassNetwork {
    /// Suggests work groups for the class: `request.rounds` groupings of about `request.size` pupils,
    /// each optimised for the objective in `docs/groups.md`, with the leader role rotating over the
    /// rounds and pairs from earlier rounds penalised.
    ///
    /// Leader candidates are the present pupils who answered the survey and were named in a prosocial
    /// question at least once and at least as often as the class average (a pupil who did not answer may
    /// be away or new, so is not put forward), or, with `.chosen`, the present pupils the teacher named. Each round's objective rewards groups holding a candidate
    /// who has led least so far; each group's leader is its member who has led least, then the one
    /// named most often. So no pupil leads twice while another candidate waits, as far as the groups allow.
    ///
    /// - Throws: ``SuggestError`` for impossible requests: a size larger than the class, contradictory
    ///   together/apart pairs, unknown pupils, no positive question, or nobody present.
    /// - Complexity: `rounds` × the cost of ``GroupingProblem/solve(limits:)``.
    public func suggestWorkGroups(_ request: WorkGroupRequest) throws(SuggestError) -> WorkGroupsResult {
        guard has(.positive) else {
            throw SuggestError(.noPositiveQuestionForGroups)
        }
        guard request.rounds >= 1 else { throw SuggestError(.noRounds(asked: request.rounds)) }
        for i in request.absent + request.apart.flatMap({ [$0.a, $0.b] }) + request.together.flatMap({ [$0.a, $0.b] })
            + request.leaderPupils
        where i < 0 || i >= count {
            throw SuggestError(.pupilNotIn(number: i + 1, grade: false))
        }
        let absentSet = Set(request.absent)
        let present = (0..<count).filter { !absentSet.contains($0) }
        let sizes = try GroupSizes(pupils: present.count, size: request.size)
        var notes: [SuggestNote] = []
        if !has(.negative) { notes.append(.noNegativeQuestion) }
        if !sizes.withinOne { notes.append(.sizesNotWithinOne) }
        let signals = SuggestSignals(network: self)
        var pool: [Int] = []
        switch request.leaders {
        case .prosocial:
            if let prosocial = signals.prosocialReceived {
                let mean = Double(present.reduce(0) { $0 + prosocial[$1] }) / Double(present.count)
                pool = present.filter { pupils[$0].responded && prosocial[$0] >= 1 && Double(prosocial[$0]) >= mean }
                if pool.isEmpty { notes.append(.noLeaderCandidates) }
            } else {
                notes.append(.noProsocialQuestion)
            }
        case .chosen:
            let presentSet = Set(present)
            pool = Array(Set(request.leaderPupils.filter(presentSet.contains))).sorted()
            if pool.isEmpty { notes.append(.noLeaderCandidates) }
        case .none:
            break
        }
        // Fewer candidates than groups: some groups go without in every round, and the same pupils lead
        // every round — said once, beside the unmet wish each round lists.
        if !pool.isEmpty && pool.count < sizes.groupCount { notes.append(.fewerLeaderCandidatesThanGroups) }
        let prosocial = signals.prosocialReceived ?? Array(repeating: 0, count: count)
        // The teacher's own leaders weigh more than a suggestion from the answers: the teacher named them
        // so that each group has one, and two friends among them are split for it where it is safe.
        var weights = request.weights
        if request.leaders == .chosen { weights.leader = max(weights.leader, GroupingProblem.Weights.chosenLeader) }
        var led = [Int: Int]()
        var together = [GroupingProblem.Pair: Int]()
        var rounds: [GroupRound] = []
        var timedOut = false
        for r in 0..<request.rounds {
            let candidates = Self.roundCandidates(pool: pool, led: led, groups: sizes.groupCount)
            var problem = GroupingProblem(
                network: self, present: present, sizes: sizes, apart: request.apart, together: request.together,
                balanceGender: request.balanceGender, leaders: candidates, weights: weights)
            problem.repeatPairs = together.map { GroupingProblem.Pair($0.key.a, $0.key.b, count: $0.value) }
                .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
            try problem.validate()
            let units = try GroupUnits(problem) { self.pupils[present[$0]].name }
            let search = GroupSearch(problem: problem, units: units)
            var limits = request.limits
            limits.seed = request.limits.seed &+ UInt64(r) &* 0x9E37_79B9_7F4A_7C15
            let run = try search.run(limits: limits)
            timedOut = timedOut || run.timedOut
            let round = buildRound(
                r, run: run, search: search, present: present, pool: pool, prosocial: prosocial, led: &led)
            for group in run.groups {
                for x in group.indices { for y in group.indices where y > x { together[GroupingProblem.Pair(group[x], group[y]), default: 0] += 1 } }
            }
            rounds.append(round)
        }
        if timedOut { notes.append(.timeLimitReached) }
        return WorkGroupsResult(
            sizes: sizes, rounds: rounds, absent: request.absent.sorted(), leaderCandidates: pool, notes: notes)
    }

    /// The candidates whose turn it is: those who have led least, topped up with the next level
    /// until there are at least as many as groups.
    static func roundCandidates(pool: [Int], led: [Int: Int], groups: Int) -> [Int] {
        let levels = Set(pool.map { led[$0, default: 0] }).sorted()
        var chosen: [Int] = []
        for level in levels where chosen.count < groups {
            chosen += pool.filter { led[$0, default: 0] == level }
        }
        return chosen
    }

    /// Turns a search result (problem indices) into a reported round (network indices).
    private func buildRound(
        _ r: Int, run: (groups: [[Int]], score: GroupScore, timedOut: Bool), search: GroupSearch,
        present: [Int], pool: [Int], prosocial: [Int], led: inout [Int: Int]
    ) -> GroupRound {
        let problem = search.problem, eval = search.eval, n = eval.n
        let proven = search.provenFriendless()
        let poolSet = Set(pool)
        let arcSet = Set(problem.arcs.map { $0.from * n + $0.to })
        let ordered = run.groups.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
        var groups: [SuggestedGroup] = []
        var unmet: [UnmetConstraint] = []
        for (g, members) in ordered.enumerated() {
            var ties: [GroupTie] = []
            var without: [Int] = []
            for a in members {
                if !members.contains(where: { $0 != a && eval.covers[a * n + $0] }) {
                    without.append(present[a])
                    unmet.append(UnmetConstraint(
                        kind: .friendInGroup, pupils: [present[a]], group: g,
                        reason: proven[a] == nil ? .notFound : .infeasible, detail: proven[a] ?? .searchDidNotFind))
                }
                for b in members where b != a && arcSet.contains(a * n + b) {
                    let ba = arcSet.contains(b * n + a)
                    if !ba || a < b { ties.append(GroupTie(from: present[a], to: present[b], mutual: ba)) }
                }
            }
            unmet += search.brokenPairs(in: Set(members), group: g, present: present)
            let leader = members.map { present[$0] }.filter { poolSet.contains($0) }
                .min { (led[$0, default: 0], -prosocial[$0], $0) < (led[$1, default: 0], -prosocial[$1], $1) }
            if let leader {
                led[leader, default: 0] += 1
            } else if !pool.isEmpty {
                let few = pool.count < ordered.count
                unmet.append(UnmetConstraint(
                    kind: .leader, pupils: [], group: g, reason: few ? .infeasible : .notFound,
                    detail: few ? .fewerLeadersThanGroups : .searchDidNotFind))
            }
            groups.append(SuggestedGroup(
                members: members.map { present[$0] }, leader: leader,
                ties: ties.sorted { ($0.from, $0.to) < ($1.from, $1.to) }, withoutFriend: without))
        }
        return GroupRound(round: r + 1, groups: groups, score: run.score, unmet: unmet)
    }
}
