/// The charts of a follow-up: the class over time, and one pupil over time.
public enum FollowCharts {
    /// Pupils nobody chose and pupils without a mutual choice (counts), and reciprocity (a share), per survey.
    public static func classChart(_ d: FollowDocument, language: Language) -> LineChart {
        let s = Strings(language)
        let waves = d.waves
        return LineChart(
            title: s.followClassChartTitle, xLabels: waves.map(\.label),
            panels: [
                .init(caption: s.followChartPupilsAxis, series: [
                    .init(name: s.followChartChosenByNone, values: waves.map { $0.positiveQuestions.isEmpty ? nil : Double($0.isolated.count) }, style: .first),
                    .init(name: s.followChartNoMutual, values: waves.map { $0.positiveQuestions.isEmpty ? nil : Double($0.noMutual.count) }, style: .second),
                ]),
                .init(caption: s.followChartReciprocity, percent: true, series: [
                    .init(name: s.followChartReciprocity, values: waves.map(\.reciprocity), style: .third),
                ]),
            ],
            measureFrom: d.measureFrom.map { $0.wave - 1 }, measureLabel: s.followChartMeasure, footnote: s.followChartCaveat,
            strings: s)
    }

    /// Choices received and mutual choices of `d.pupils[index]` per survey, with a note under each survey the
    /// pupil was not in or did not answer; `label` is how the pupil is written (name or code).
    public static func pupilChart(_ d: FollowDocument, pupil index: Int, label: String, language: Language) -> LineChart {
        let s = Strings(language)
        let p = d.pupils[index]
        let notes: [String?] = p.responded.map { r in
            switch r {
            case nil: s.followChartNotInClass
            case false?: s.followChartDidNotAnswer
            case true?: nil
            }
        }
        return LineChart(
            title: s.followPupilChartTitle(label), xLabels: d.waves.map(\.label), xNotes: notes,
            panels: [
                .init(caption: s.followChartChoicesAxis, series: [
                    .init(name: s.followChartReceived, values: p.received.map { $0.map(Double.init) }, style: .first),
                    .init(name: s.followChartMutual, values: p.mutual.map { $0.map(Double.init) }, style: .second),
                ]),
            ],
            measureFrom: d.measureFrom.map { $0.wave - 1 }, measureLabel: s.followChartMeasure, footnote: s.followChartCaveat,
            strings: s)
    }
}
