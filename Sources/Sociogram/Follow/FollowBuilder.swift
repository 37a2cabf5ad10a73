/// Builds the parts of ``FollowDocument`` from the analysed surveys, their comparisons and the series match.
struct FollowBuilder {
    let waves: [FollowWave]
    let analyses: [ClassAnalysis]
    let labels: WaveLabels
    let series: SeriesMatch
    let codes: [String]
    let hide: Bool
    /// Per survey: distinct positive choosers and chosen of each pupil (`nil` without a positive question),
    /// distinct negative choosers (`nil` without a negative question).
    private let received: [[Int]?]
    private let given: [[Int]?]
    private let negative: [[Int]?]

    init(waves: [FollowWave], analyses: [ClassAnalysis], labels: WaveLabels, series: SeriesMatch, codes: [String], hide: Bool) {
        self.waves = waves
        self.analyses = analyses
        self.labels = labels
        self.series = series
        self.codes = codes
        self.hide = hide
        var received: [[Int]?] = [], given: [[Int]?] = [], negative: [[Int]?] = []
        for w in waves {
            let n = w.network
            let positive = n.questions(ofKind: .positive)
            received.append(Comparison.received(n, positive))
            negative.append(Comparison.received(n, n.questions(ofKind: .negative)))
            if positive.isEmpty {
                given.append(nil)
            } else {
                var count = [Int](repeating: 0, count: n.count)
                for arc in Arc.of(n, questions: positive) { count[arc.from] += 1 }
                given.append(count)
            }
        }
        self.received = received
        self.given = given
        self.negative = negative
    }

    /// The reference to person `p`, with their latest name unless pseudonymised.
    func ref(_ p: Int) -> FollowDocument.PupilRef {
        let w = series.lastWave(of: p)
        return .init(code: codes[p], name: hide ? nil : waves[w].network.pupils[series.persons[p][w] ?? 0].name)
    }

    /// The reference to pupil `i` of survey `k`.
    func ref(wave k: Int, _ i: Int) -> FollowDocument.PupilRef { ref(series.personOf[k][i]) }

    func wave(_ k: Int) -> FollowDocument.Wave {
        let a = analyses[k], n = waves[k].network
        let flagged = { (flag: PupilFlag) in a.pupils.indices.filter { a.pupils[$0].flags.contains(flag) }.map { ref(wave: k, $0) } }
        return .init(
            wave: k + 1, label: labels.labels[k], labelSource: labels.sources[k].rawValue, date: waves[k].surveyDate?.iso,
            name: n.name, pupils: a.pupilCount, respondents: a.respondentCount, responseRate: a.responseRate,
            positiveQuestions: a.positiveQuestions.map { n.questions[$0].id }, negativeQuestionUsed: a.negativeQuestionUsed,
            afterMeasure: labels.measureFrom.map { k >= $0 },
            density: a.positiveMeasures?.density, reciprocity: a.positiveMeasures?.reciprocity,
            mutualPairs: a.positiveMeasures?.dyadCensus.mutual,
            isolated: received[k] == nil ? [] : flagged(.isolated), noMutual: flagged(.noMutual),
            statusCounts: AnalysisDocument.StatusCounts(a))
    }

    /// A comparison of surveys `from` and `to` in the series' terms.
    func change(_ c: Comparison, from: Int, to: Int) -> FollowDocument.Change {
        .init(
            from: from + 1, to: to + 1, fromLabel: labels.labels[from], toLabel: labels.labels[to],
            matched: c.document.matching.matched, positive: c.document.positive,
            joined: c.match.joined.map { ref(wave: to, $0) }, left: c.match.left.map { ref(wave: from, $0) })
    }

    /// Person `p` over the series.
    func pupil(_ p: Int, steps: [Comparison]) -> FollowDocument.PupilSeries {
        let at = series.persons[p]
        func each<T>(_ value: (Int, Int) -> T?) -> [T?] { at.indices.map { k in at[k].flatMap { value(k, $0) } } }
        let pupil = { (k: Int, i: Int) in waves[k].network.pupils[i] }
        return .init(
            code: codes[p], name: ref(p).name, ids: each { pupil($0, $1).id }, responded: each { pupil($0, $1).responded },
            received: each { k, i in received[k]?[i] },
            given: each { k, i in pupil(k, i).responded ? given[k]?[i] : nil },
            mutual: each { k, i in pupil(k, i).responded && received[k] != nil ? analyses[k].pupils[i].mutual.count : nil },
            isolated: each { k, i in received[k].map { $0[i] == 0 } },
            negativeReceived: each { k, i in negative[k]?[i] },
            coieDodge: each { k, i in analyses[k].pupils[i].coieDodge },
            newcombBukowski: each { k, i in analyses[k].pupils[i].newcombBukowski?.status },
            steps: steps.indices.map { k in
                // The comparison lists the later survey's pupils first, in their order.
                let change = at[k] != nil ? at[k + 1].map { steps[k].document.pupils[$0] } : nil
                return .init(from: k + 1, to: k + 2, given: change?.given, received: change?.received)
            })
    }

    func matching(byID: Bool) -> FollowDocument.Matching {
        .init(
            by: byID ? "id" : "name",
            links: series.links.map { l in
                .init(
                    code: codes[l.person], fromWave: l.fromWave + 1, toWave: l.toWave + 1,
                    nameBefore: hide ? nil : waves[l.fromWave].network.pupils[l.fromIndex].name,
                    nameAfter: hide ? nil : waves[l.toWave].network.pupils[l.toIndex].name, method: l.method)
            },
            ambiguous: series.ambiguous.map { .init(wave: $0.wave + 1, pupil: ref(wave: $0.wave, $0.index)) })
    }

    /// `compare`'s difference sociogram of surveys `k` and `k + 1`, with the series codes: its pupils are
    /// the later survey's, then those who left, in the order of the match.
    func difference(_ c: Comparison, from k: Int) -> DifferenceInput {
        var d = c.difference
        let later = waves[k + 1].network.count
        for t in d.pupils.indices {
            let p = t < later ? series.personOf[k + 1][t] : series.personOf[k][c.match.left[t - later]]
            d.pupils[t].code = codes[p]
        }
        return d
    }
}
