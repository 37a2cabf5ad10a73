import Foundation
import Testing
@testable import Sociogram

@Suite struct RenderClassDiagramTests {
    let net = RenderFixtures.smallClass()
    var dot: String { Sociograms.classDiagram(net).dot }

    @Test func mutualTieIsOneTwoHeadedBoldEdge() {
        let forward = RenderFixtures.edgeLines(dot, 0, 1), backward = RenderFixtures.edgeLines(dot, 1, 0)
        #expect(forward.count == 1)
        #expect(backward.isEmpty)
        #expect(forward.first?.contains("dir=both") == true)
        #expect(forward.first?.contains("penwidth=2.4") == true)
        // 2→3 in q1 and 3→2 in q2: mutual in the union of positive questions.
        #expect(RenderFixtures.edgeLines(dot, 2, 3).first?.contains("dir=both") == true)
        #expect(RenderFixtures.edgeLines(dot, 3, 2).isEmpty)
    }

    @Test func oneWayTieIsThinArrow() throws {
        let line = try #require(RenderFixtures.edgeLines(dot, 0, 2).first)
        #expect(!line.contains("dir="))
        #expect(line.contains("penwidth=0.9"))
    }

    @Test func negativeTiesOnlyWhenRequested() throws {
        #expect(RenderFixtures.edgeLines(dot, 1, 5).isEmpty)
        #expect(!dot.contains("negativ"))
        let shown = Sociograms.classDiagram(net, options: DiagramOptions(showNegative: true)).dot
        let line = try #require(RenderFixtures.edgeLines(shown, 1, 5).first)
        #expect(line.contains("style=dashed"))
        #expect(line.contains("#c0392b"))
        #expect(shown.contains("det negative spørsmålet vises"))
        #expect(shown.contains("Hvem vil du helst ikke være sammen med?"))
        let english = Sociograms.classDiagram(net, options: DiagramOptions(language: .en, showNegative: true)).dot
        #expect(english.contains("the survey&#39;s negative question is shown"))
    }

    @Test func sizeGrowsWithPositiveChoicesReceived() throws {
        func width(_ i: Int) throws -> Double {
            let line = try #require(RenderFixtures.nodeLine(dot, i))
            return try #require(RenderFixtures.attribute("width", in: line).flatMap(Double.init))
        }
        // Positive choices received: pupil 3 ← 2, 1, 6; pupil 0 ← 1, 5; pupil 1 ← 0; pupil 5 none.
        #expect(try width(3) > width(0))
        #expect(try width(0) > width(1))
        #expect(try width(5) < width(1))
    }

    @Test func isolatedNonRespondentAndGenderMarkings() throws {
        let isolated = try #require(RenderFixtures.nodeLine(dot, 5))
        #expect(isolated.contains("peripheries=2"))
        #expect(isolated.contains(SociogramStyle.fillIsolated))
        let missing = try #require(RenderFixtures.nodeLine(dot, 4))
        #expect(RenderFixtures.attribute("style", in: missing) == "filled,dashed")
        #expect(missing.contains("shape=ellipse"))
        #expect(try #require(RenderFixtures.nodeLine(dot, 0)).contains("shape=circle"))
        #expect(try #require(RenderFixtures.nodeLine(dot, 1)).contains("shape=triangle"))
        #expect(try #require(RenderFixtures.nodeLine(dot, 5)).contains("shape=box"))
        let noMutual = try #require(RenderFixtures.nodeLine(dot, 6))
        #expect(noMutual.contains(SociogramStyle.fillNoMutual))
        let chosen = try #require(RenderFixtures.nodeLine(dot, 0))
        #expect(!chosen.contains("peripheries=2"))
    }

    @Test func legendExplainsWhatIsDrawn() {
        for text in ["gjensidig valg", "ensidig valg", "jente", "gutt", "annet kjønn", "kjønn ikke oppgitt",
            "isolert", "ingen gjensidige valg", "svarte ikke på undersøkelsen", "flere positive valg mottatt",
            "Viser: alle positive spørsmål", "øyeblikksbilde"]
        {
            #expect(dot.contains(text), "legend lacks \(text)")
        }
        let english = Sociograms.classDiagram(net, options: DiagramOptions(language: .en)).dot
        for text in ["mutual choice", "one-way choice", "girl", "boy", "isolated", "did not answer the survey"] {
            #expect(english.contains(text), "legend lacks \(text)")
        }
        #expect(!Sociograms.classDiagram(net, options: DiagramOptions(showLegend: false)).dot.contains("label=<"))
    }

    @Test func perQuestionViewDrawsOnlyThatQuestion() {
        let q2 = Sociograms.classDiagram(net, options: DiagramOptions(questions: .question(1))).dot
        #expect(RenderFixtures.edgeLines(q2, 3, 2).count == 1)
        #expect(RenderFixtures.edgeLines(q2, 0, 1).isEmpty)
        #expect(q2.contains("Viser: «Hvem vil du helst jobbe sammen med?»"))
        let negative = Sociograms.classDiagram(net, options: DiagramOptions(questions: .question(2))).dot
        #expect(RenderFixtures.edgeLines(negative, 1, 5).first?.contains("style=dashed") == true)
        // Isolation is still judged on the positive questions.
        #expect(RenderFixtures.nodeLine(negative, 5)?.contains("peripheries=2") == true)
        #expect(RenderFixtures.nodeLine(negative, 1)?.contains("peripheries=2") == false)
    }

    @Test func labelsFollowTheStyle() throws {
        let initials = Sociograms.classDiagram(net, options: DiagramOptions(labels: .initials)).dot
        #expect(RenderFixtures.nodeLine(initials, 0).flatMap { RenderFixtures.attribute("label", in: $0) } == "KaN")
        #expect(RenderFixtures.nodeLine(initials, 3).flatMap { RenderFixtures.attribute("label", in: $0) } == "KiN")
        let codes = Sociograms.classDiagram(net, options: DiagramOptions(labels: .codes)).dot
        #expect(RenderFixtures.nodeLine(codes, 0).flatMap { RenderFixtures.attribute("label", in: $0) } == "E01")
        #expect(RenderFixtures.nodeLine(dot, 0).flatMap { RenderFixtures.attribute("label", in: $0) } == #"Kari\nNordmann"#)
    }

    @Test func codesModeNeverContainsANameInAnyView() throws {
        let options = DiagramOptions(labels: .codes, showNegative: true)
        let fragments = RenderFixtures.names.flatMap { $0.split(separator: " ") }.map(String.init)
            .filter { $0.count >= 3 && $0.allSatisfy(\.isLetter) }
        #expect(fragments.count >= 10)
        for diagram in try RenderViewCatalog.all(net, options: options) {
            let svg = String(decoding: try GraphvizRenderer.render(diagram, format: .svg), as: UTF8.self)
            for fragment in fragments {
                #expect(!diagram.dot.contains(fragment), "\(fragment) in DOT")
                #expect(!svg.contains(fragment), "\(fragment) in SVG")
            }
            #expect(diagram.dot.contains("E01") || diagram.dot.contains("E06"))
        }
    }

    @Test func sameInputGivesSameText() {
        #expect(Sociograms.classDiagram(net).dot == Sociograms.classDiagram(RenderFixtures.smallClass()).dot)
        let grade = RenderFixtures.ring(size: 60, classes: 3)
        #expect(Sociograms.gradeDiagram(grade).dot == Sociograms.gradeDiagram(grade).dot)
    }

    @Test func snapshotOfTheSmallClass() throws {
        try RenderSnapshot.check(Sociograms.classDiagram(net).dot, named: "small-class-nb.dot")
        try RenderSnapshot.check(
            Sociograms.classDiagram(net, options: DiagramOptions(labels: .codes, language: .en, showNegative: true)).dot,
            named: "small-class-codes-en-negative.dot")
        try RenderSnapshot.check(Sociograms.targetDiagram(net).dot, named: "small-class-target.dot")
    }

    @Test func engineIsChosenBySize() {
        #expect(Sociograms.classDiagram(net).engine == .neato)
        #expect(LayoutPlan.automatic(pupils: 28, ties: 110, clusters: false) == .neatoSplines)
        #expect(LayoutPlan.automatic(pupils: 100, ties: 350, clusters: false) == .neatoStraight)
        #expect(LayoutPlan.automatic(pupils: 250, ties: 800, clusters: false) == .sfdpStraight)
        #expect(!LayoutPlan.automatic(pupils: 250, ties: 800, clusters: false).settings.contains { $0.name == "splines" && $0.value == "true" })
        #expect(LayoutPlan.automatic(pupils: 250, ties: 800, clusters: true).engine == .fdp)
        let straight = Sociograms.classDiagram(net, options: DiagramOptions(showNegative: true, layout: .neatoSplines))
        // A negative tie parallel to a positive one would hit Graphviz 2.42's multi-edge router.
        #expect(straight.dot.contains("splines=false") == net.nominations.contains { n in
            n.question == 2 && net.nominations.contains { $0.question != 2 && Set([$0.from, $0.to]) == Set([n.from, n.to]) }
        })
    }
}

/// DOT snapshots under `Tests/SociogramTests/Resources/RenderSnapshots/`. Run with
/// `SOCIOGRAM_RECORD_SNAPSHOTS=1` to (re)write them after an intended change, and review the diff.
enum RenderSnapshot {
    static func check(_ text: String, named name: String, file: StaticString = #filePath) throws {
        let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
            .appendingPathComponent("Resources/RenderSnapshots")
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SOCIOGRAM_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "snapshot \(name) differs; rerun with SOCIOGRAM_RECORD_SNAPSHOTS=1 if intended")
    }
}
