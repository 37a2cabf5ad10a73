/// A class followed over several surveys (`sociogram follow W1 W2 … Wn`): each survey analysed once,
/// each consecutive pair compared exactly as `sociogram compare` compares two surveys (``Comparison``),
/// the first and the last compared directly, and every pupil followed through the series
/// (``SeriesMatch``) with one code for all surveys (``SeriesCodes``).
public struct FollowUp: Sendable {
    /// The `follow.json` document.
    public private(set) var document: FollowDocument
    /// One difference sociogram per consecutive pair (``Sociograms/differenceDiagram(_:options:)``), as
    /// `compare` draws it, with the series codes.
    public let differences: [DifferenceInput]
    /// Each pupil's latest name and class (empty when unknown), for lookups, texts and the code key.
    let names: [String]
    let classNames: [String]
    /// Each pupil's latest id.
    let ids: [String]

    /// Follows the class through `waves` (time order as given).
    ///
    /// - Throws: ``FollowError`` for fewer than two surveys, labels that do not fit, an unknown
    ///   `--measure-from`, or analysis options a survey cannot take.
    /// - Complexity: one analysis per survey and *w* comparisons (each O(*n* + *m* log *m*)), plus
    ///   O(*w* · *p*) for the series of *p* pupils over *w* surveys.
    public static func run(waves: [FollowWave], options: FollowOptions) throws(FollowError) -> FollowUp {
        let s = Strings(options.language)
        guard waves.count >= 2 else { throw FollowError(.tooFewWaves, s.followTooFewWaves(waves.count)) }
        let labels = try WaveLabels(waves, options: options)
        var analyses: [ClassAnalysis] = []
        for (k, w) in waves.enumerated() {
            do {
                analyses.append(try ClassAnalysis(network: w.network, options: options.analysis))
            } catch {
                throw FollowError(.analysis, s.followAnalysisFailed(labels.labels[k], error.description))
            }
        }
        func compareOptions(_ a: Int, _ b: Int) -> CompareOptions {
            CompareOptions(
                byID: options.byID, analysis: options.analysis, pseudonymised: options.pseudonymised,
                beforeLabel: labels.labels[a], afterLabel: labels.labels[b])
        }
        let steps = (0..<waves.count - 1).map { k in
            Comparison.run(before: analyses[k], after: analyses[k + 1], options: compareOptions(k, k + 1))
        }
        let last = waves.count - 1
        let overall = last == 1 ? steps[0] : Comparison.run(before: analyses[0], after: analyses[last], options: compareOptions(0, last))
        let networks = waves.map(\.network)
        let series = SeriesMatch(networks, steps: steps.map(\.match), byID: options.byID)
        let codes = SeriesCodes(networks, match: series).codes
        let builder = FollowBuilder(
            waves: waves, analyses: analyses, labels: labels, series: series, codes: codes, hide: options.pseudonymised)
        let document = FollowDocument(
            schemaVersion: FollowDocument.currentSchemaVersion,
            tool: .init(name: "sociogram", version: SociogramVersion.string),
            caveat: Strings(options.language).documentFollowCaveat,
            pseudonymised: options.pseudonymised,
            measureFrom: labels.measureFrom.map { .init(wave: $0 + 1, label: labels.labels[$0]) },
            matching: builder.matching(byID: options.byID),
            waves: waves.indices.map(builder.wave),
            changes: steps.enumerated().map { k, c in builder.change(c, from: k, to: k + 1) },
            overall: builder.change(overall, from: 0, to: last),
            pupils: series.persons.indices.map { builder.pupil($0, steps: steps) },
            evaluations: [])
        let differences = steps.enumerated().map { k, c in builder.difference(c, from: k) }
        let latest = series.persons.indices.map { p in
            let w = series.lastWave(of: p)
            return networks[w].pupils[series.persons[p][w] ?? 0]
        }
        return FollowUp(
            document: document, differences: differences, names: latest.map(\.name),
            classNames: latest.map { $0.className ?? "" }, ids: latest.map(\.id))
    }

    /// The index in ``FollowDocument/pupils`` of the pupil `text` names: a code, an id of any survey,
    /// or a name (exact, then the importer's name-matching ladder, over the latest names).
    ///
    /// - Throws: ``FollowError`` `.unknownPupil` or `.ambiguousPupil` in `language`.
    public func pupil(matching text: String, language: Language) throws(FollowError) -> Int {
        let s = Strings(language)
        let wanted = NameKey.collapsed(text)
        if let k = document.pupils.firstIndex(where: { $0.code == wanted || $0.ids.contains(wanted) }) { return k }
        switch NameMatcher(names.map { .init(name: $0) }).match(wanted) {
        case .matched(let k, _): return k
        case .ambiguous(let ks): throw FollowError(.ambiguousPupil, s.followAmbiguousPupil(text, codes: ks.map { document.pupils[$0].code }))
        case .unmatched: throw FollowError(.unknownPupil, s.followUnknownPupil(text))
        }
    }

    /// How pupil `index` is written in texts and file names: the name, or the code when pseudonymised.
    public func label(ofPupil index: Int) -> String { document.pseudonymised ? document.pupils[index].code : names[index] }

    /// Adds the series evaluation for pupil `index` (see ``FollowEvaluation``); once per pupil.
    public mutating func addEvaluation(pupil index: Int, language: Language) {
        let code = document.pupils[index].code
        guard !document.evaluations.contains(where: { $0.code == code }) else { return }
        let text = FollowEvaluation.paragraph(document, pupil: index, label: label(ofPupil: index), language: language)
        document.evaluations.append(.init(code: code, language: language, text: text))
    }

    /// The code↔name key of a pseudonymised follow-up (every pupil of any survey, with the series codes),
    /// in the format of ``CodeKey``.
    public var codeKey: String {
        CodeKey.csv(rows: document.pupils.indices.map { k in
            CodeKey.Row(code: document.pupils[k].code, id: ids[k], name: names[k], className: classNames[k])
        })
    }
}
