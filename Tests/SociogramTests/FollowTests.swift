import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import Sociogram

/// `sociogram follow`'s library: labels and `--measure-from`, pupils followed through the series (also
/// across a survey they missed), one code per pupil, the per-step changes equal to `compare`'s, the
/// evaluation's wording, the charts, and the survey date taken from the form's time columns.
@Suite struct FollowTests {
    static func small(_ options: FollowOptions = FollowOptions()) throws -> FollowUp {
        try FollowReferenceTests.follow(FollowReferenceTests.small, options)
    }

    // MARK: Survey date

    @Test func surveyDateReadsTheFormsTimestampFormats() {
        #expect(SurveyDate.day("10.03.2025 08:10:00") == CalendarDay(year: 2025, month: 3, day: 10))
        #expect(SurveyDate.day("2025-03-10 08:10:00") == CalendarDay(year: 2025, month: 3, day: 10))
        #expect(SurveyDate.day("2025/03/10 8:10:00 AM GMT+1") == CalendarDay(year: 2025, month: 3, day: 10))
        #expect(SurveyDate.day("3/10/2025 8:10:00") == CalendarDay(year: 2025, month: 3, day: 10))
        #expect(SurveyDate.day("25/11/2024 8:10:00") == CalendarDay(year: 2024, month: 11, day: 25))
        #expect(SurveyDate.day("2025-02-30") == nil)
        #expect(SurveyDate.day("anonymous") == nil && SurveyDate.day("") == nil)
    }

    @Test func theImporterKeepsOnlyTheEarliestDayOfTheForm() throws {
        #expect(try ImportFixtures.load("7b/forms-nb.csv").surveyDate == CalendarDay(year: 2025, month: 3, day: 10))
        #expect(try ImportFixtures.load("7b/google-forms.csv").surveyDate == CalendarDay(year: 2025, month: 3, day: 11))
        #expect(try ImportFixtures.load("7b/edges.csv").surveyDate == nil)
        #expect(try ImportFixtures.load("workbooks/7b-forms.xlsx").surveyDate != nil)
    }

    // MARK: Labels and --measure-from

    @Test func labelsDefaultToTheSurveyDateInTheLanguage() throws {
        let d = try Self.small(FollowOptions(language: .nb)).document
        #expect(d.waves.map(\.label) == ["16.09.2024", "25.11.2024", "10.02.2025"])
        let en = try Self.small(FollowOptions(language: .en)).document
        #expect(en.waves.first?.label == "16 September 2024")
    }

    @Test func labelsWithoutDatesAreFileNamesMadeUnique() throws {
        let n = try ImportFixtures.load("waves/before.csv")
        let waves = [FollowWave(n, fileName: "a/svar.csv"), FollowWave(n, fileName: "b/svar.csv"), FollowWave(n, fileName: "c/annet.csv")]
        let d = try FollowUp.run(waves: waves, options: FollowOptions()).document
        #expect(d.waves.map(\.label) == ["svar (1)", "svar (2)", "annet"])
        #expect(d.waves.map(\.labelSource) == ["fileName", "fileName", "fileName"])
    }

    @Test func measureFromTakesALabelOrANumber() throws {
        let labels = ["høst", "vinter", "vår"]
        let byLabel = try Self.small(FollowOptions(labels: labels, measureFrom: "Vinter")).document
        #expect(byLabel.measureFrom == .init(wave: 2, label: "vinter"))
        #expect(byLabel.waves.map(\.afterMeasure) == [false, true, true])
        #expect(try Self.small(FollowOptions(labels: labels, measureFrom: "3")).document.measureFrom?.wave == 3)
        #expect(try Self.small().document.waves.allSatisfy { $0.afterMeasure == nil })
    }

    @Test func badLabelsAndMeasureAreTypedErrorsInTheLanguage() throws {
        func kind(_ options: FollowOptions) -> FollowError.Kind? {
            do { _ = try Self.small(options) } catch let e as FollowError { return e.kind } catch { return nil }
            return nil
        }
        #expect(kind(FollowOptions(labels: ["a", "b"])) == .labelCount)
        #expect(kind(FollowOptions(labels: ["a", "b", "A"])) == .duplicateLabel)
        #expect(kind(FollowOptions(measureFrom: "sommer")) == .unknownWave)
        #expect(kind(FollowOptions(measureFrom: "1")) == .nothingBefore)
        #expect(kind(FollowOptions(measureFrom: "4")) == .unknownWave)
        do {
            _ = try Self.small(FollowOptions(measureFrom: "sommer", language: .nb))
            Issue.record("expected an error")
        } catch let error as FollowError {
            #expect(error.message.contains("--measure-from «sommer»") && error.message.contains("16.09.2024"))
        }
        let one = try ImportFixtures.load("waves/before.csv")
        #expect(throws: FollowError.self) { try FollowUp.run(waves: [FollowWave(one, fileName: "x.csv")], options: FollowOptions()) }
    }

    // MARK: Pupils through the series

    @Test func aPupilMissingFromOneSurveyIsTheSamePupilWhenBack() throws {
        let d = try Self.small().document
        let hanne = try #require(d.pupils.first { $0.name == "Hanne Juul" })
        #expect(hanne.responded == [true, nil, true])
        #expect(hanne.received == [1, nil, 1])
        #expect(d.pupils.filter { $0.name == "Hanne Juul" }.count == 1)
        let gap = try #require(d.matching.links.first { $0.code == hanne.code })
        #expect(gap.fromWave == 1 && gap.toWave == 3 && gap.method == .exact)
        // compare's view of each step is kept: she left after survey 1 and joined in survey 3.
        #expect(d.changes[0].left.map(\.code) == [hanne.code] && d.changes[1].joined.map(\.code) == [hanne.code])
        // A loosely matched spelling is reported, and the pupil is one person.
        let bjorn = try #require(d.matching.links.first { $0.nameAfter == "Bjorn Dahl" })
        #expect(bjorn.nameBefore == "Bjørn Dahl" && bjorn.fromWave == 2 && bjorn.toWave == 3)
        #expect(d.pupils.filter { ($0.name ?? "").hasPrefix("Bj") }.count == 1)
    }

    @Test func nonRespondentsAreMissingNotZero() throws {
        let geir = try #require(try Self.small().document.pupils.first { $0.name == "Geir Iversen" })
        #expect(geir.responded == [true, false, true])
        #expect(geir.given[1] == nil && geir.mutual[1] == nil)
        #expect(geir.received[1] == 1 && geir.isolated[1] == false)
        #expect(geir.steps[0].given == nil && geir.steps[0].received != nil && geir.steps[1].given == nil)
    }

    @Test func eachStepIsExactlyWhatCompareComputes() throws {
        let files = FollowReferenceTests.small
        let nets = try files.map { try ImportFixtures.load($0).network }
        let d = try Self.small().document
        for k in 0..<2 {
            let c = try Comparison.run(before: nets[k], after: nets[k + 1])
            #expect(d.changes[k].positive == c.document.positive)
            #expect(d.changes[k].matched == c.document.matching.matched)
        }
        #expect(d.overall.positive == (try Comparison.run(before: nets[0], after: nets[2])).document.positive)
    }

    @Test func oneCodePerPupilAcrossSurveysAndDiagrams() throws {
        let f = try Self.small(FollowOptions(pseudonymised: true))
        let d = f.document
        #expect(Set(d.pupils.map(\.code)).count == d.pupils.count)
        #expect(d.pupils.allSatisfy { $0.name == nil })
        // Everyone in the last survey has the code that survey's own file gives them.
        let last = try ImportFixtures.load(FollowReferenceTests.small[2]).network
        for p in last.pupils {
            #expect(d.pupils.contains { $0.code == p.code && $0.ids[2] == p.id }, "\(p.code)")
        }
        // The difference sociograms use the same codes.
        let codes = Set(d.pupils.map(\.code))
        for diff in f.differences { #expect(diff.pupils.allSatisfy { codes.contains($0.code) }) }
        let hanneCode = try #require(try Self.small().document.pupils.first { $0.name == "Hanne Juul" }?.code)
        #expect(f.differences[0].pupils.last { $0.status == .left }?.code == hanneCode)
        #expect(f.codeKey.contains("Hanne Juul") && f.codeKey.contains(hanneCode))
    }

    @Test func pupilLookupTakesNamesCodesAndIds() throws {
        let f = try Self.small()
        let k = try f.pupil(matching: "Frida Holm", language: .en)
        #expect(f.document.pupils[k].name == "Frida Holm")
        #expect(try f.pupil(matching: f.document.pupils[k].code, language: .en) == k)
        #expect(try f.pupil(matching: "frida", language: .en) == k)
        #expect(throws: FollowError.self) { try f.pupil(matching: "Zacharias", language: .en) }
    }

    // MARK: Evaluation

    @Test func evaluationDescribesWithoutClaimingTheMeasureCausedIt() throws {
        for language in Language.allCases {
            var f = try Self.small(FollowOptions(measureFrom: "2", language: language))
            let k = try f.pupil(matching: "Frida Holm", language: language)
            f.addEvaluation(pupil: k, language: language)
            f.addEvaluation(pupil: k, language: language)
            #expect(f.document.evaluations.count == 1)
            let text = try #require(f.document.evaluations.first?.text)
            let lower = text.lowercased()
            for word in ["fordi", "på grunn av", "because", "thanks to", "due to", "isolert", "isolated", "avvist", "rejected"] {
                #expect(!lower.contains(word), "\(language): \(word)")
            }
            // No classmate is named.
            for p in f.document.pupils where p.name != "Frida Holm" {
                #expect(!text.contains(p.name ?? "—"), "\(language): \(p.name ?? "")")
            }
            switch language {
            case .nb:
                #expect(text.contains("Eleven ble valgt av 0 av 7 medelever som svarte (16.09.2024), 2 av 6 (25.11.2024) og 4 av 8 (10.02.2025)."))
                #expect(text.contains("etter at tiltaket startet") && text.contains("øyeblikksbilder"))
            case .nn:
                #expect(text.contains("Eleven vart vald av 0 av 7 medelevar som svarte (16.09.2024), 2 av 6 (25.11.2024) og 4 av 8 (10.02.2025)."))
                #expect(text.contains("etter at tiltaket starta") && text.contains("augeblinksbilete"))
            case .en:
                #expect(text.contains("The pupil was chosen by 0 of 7 classmates who answered (16 September 2024)"))
                #expect(text.contains("after the measure started") && text.contains("does not show that the measure caused it"))
            }
        }
    }

    @Test func evaluationSaysWhereThePupilWasAwayOrSilent() throws {
        var f = try Self.small(FollowOptions(labels: ["høst", "vinter", "vår"], language: .nb))
        let hanne = try f.pupil(matching: "Hanne Juul", language: .nb), geir = try f.pupil(matching: "Geir Iversen", language: .nb)
        f.addEvaluation(pupil: hanne, language: .nb)
        f.addEvaluation(pupil: geir, language: .nb)
        let texts = f.document.evaluations.map(\.text)
        #expect(texts[0].contains("Eleven var ikke med i kartleggingen vinter."))
        #expect(texts[1].contains("Eleven svarte ikke i kartleggingen vinter") && texts[1].contains("– (vinter, svarte ikke)"))
        #expect(!texts[0].contains("tiltaket"), "no measure given, no before/after")
    }

    // MARK: Charts

    @Test func chartsRenderAsPNGAndWellFormedSVGWithTheMeasureMarked() throws {
        var f = try Self.small(FollowOptions(measureFrom: "2", language: .nb))
        let k = try f.pupil(matching: "Hanne Juul", language: .nb)
        f.addEvaluation(pupil: k, language: .nb)
        let charts = [
            FollowCharts.classChart(f.document, language: .nb),
            FollowCharts.pupilChart(f.document, pupil: k, label: f.label(ofPupil: k), language: .nb),
        ]
        for chart in charts {
            let dot = chart.dot()
            #expect(dot.contains("tiltaket startet") && dot.contains("style=dashed"))
            let png = try GraphvizRenderer.render(dot: dot, format: .png, engine: .pinned)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            let svg = String(decoding: try GraphvizRenderer.render(dot: dot, format: .svg, engine: .pinned), as: UTF8.self)
            #expect(XMLParser(data: Data(svg.utf8)).parse(), "SVG is well-formed XML")
            #expect(svg.contains("16.09.2024"))
        }
        // The pupil's chart has a gap where she was not in the class, with a note under the survey.
        let pupilDot = charts[1].dot()
        #expect(pupilDot.contains("ikke med"))
        #expect(charts[1].panels[0].series[0].values == [1, nil, 1])
    }

    @Test func chartAxisIsRoundAndPercentAxisIsFixed() {
        let counts = LineChart.Panel(caption: "", series: [.init(name: "", values: [3, 7, nil], style: .first)])
        #expect(LineChart.axis(counts).max == 8 && LineChart.axis(counts).ticks == [0, 2, 4, 6, 8])
        let few = LineChart.Panel(caption: "", series: [.init(name: "", values: [0, 1], style: .first)])
        #expect(LineChart.axis(few).ticks == [0, 1, 2, 3, 4])
        let share = LineChart.Panel(caption: "", percent: true, series: [])
        #expect(LineChart.axis(share).max == 1)
    }

    @Test func datesOutOfOrderAreNoticed() throws {
        let files = FollowReferenceTests.small
        let waves = try [files[1], files[0], files[2]].map { FollowWave(try ImportFixtures.load($0), fileName: $0) }
        #expect(try FollowUp.run(waves: waves, options: FollowOptions()).document.datesOutOfOrder)
        #expect(try Self.small().document.datesOutOfOrder == false)
    }
}
