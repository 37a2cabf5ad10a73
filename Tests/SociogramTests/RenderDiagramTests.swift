import Foundation
import Testing
@testable import Sociogram

@Suite struct RenderClassDiagramTests {
    let net = RenderFixtures.smallClass()
    var dot: String { Sociograms.classDiagram(net).dot }

    @Test func mutualTieIsOneTwoHeadedBoldEdge() throws {
        let forward = RenderFixtures.edgeLines(dot, 0, 1), backward = RenderFixtures.edgeLines(dot, 1, 0)
        #expect(forward.count == 1)
        #expect(backward.isEmpty)
        #expect(forward.first?.contains("dir=both") == true)
        #expect(forward.first?.contains("penwidth=2.4") == true)
        // 2→3 in q1 and 3→2 in q2: they chose each other, but not in the same question, so it is one
        // thin two-headed edge, not a mutual choice, and the legend explains it.
        let across = try #require(RenderFixtures.edgeLines(dot, 2, 3).first)
        #expect(across.contains("dir=both") && across.contains("penwidth=0.9") && !across.contains("penwidth=2.4"))
        #expect(RenderFixtures.edgeLines(dot, 3, 2).isEmpty)
        #expect(dot.contains("ulike spørsmål"))
        #expect(!Sociograms.classDiagram(net, options: DiagramOptions(questions: .question(0))).dot.contains("ulike spørsmål"))
    }

    /// A choice returned only in another question is drawn two-headed in the union view, but it is not a
    /// mutual choice in the analysis, so the "no mutual choice" marking follows the analysis.
    @Test func noMutualMarkingAgreesWithTheAnalysis() throws {
        let analysis = try ClassAnalysis(network: net)
        for (i, pupil) in analysis.pupils.enumerated() {
            let line = try #require(RenderFixtures.nodeLine(dot, i))
            let marked = line.contains("no-mutual")
            // Isolated pupils (chosen by no one) carry the stronger isolated marking instead.
            #expect(marked == (pupil.flags.contains(.noMutual) && !pupil.flags.contains(.isolated)), "pupil \(i): \(line)")
            #expect(line.contains("\(pupil.mutual.count) "), "pupil \(i): tooltip count \(line)")
        }
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
        // Without the legend the graph has no label (the names' own labels may be HTML-like tables).
        let bare = Sociograms.classDiagram(net, options: DiagramOptions(showLegend: false)).dot
        #expect(!bare.contains(DOTEscaping.html(DiagramStrings(language: .nb).snapshot)))
        #expect(!bare.contains("CELLSPACING=\"2\""))
    }

    @Test func perQuestionViewDrawsOnlyThatQuestion() {
        let q2 = Sociograms.classDiagram(net, options: DiagramOptions(questions: .question(1))).dot
        #expect(RenderFixtures.edgeLines(q2, 3, 2).count == 1)
        #expect(RenderFixtures.edgeLines(q2, 0, 1).isEmpty)
        #expect(q2.contains("Viser: «Hvem vil du helst jobbe sammen med?»"))
        let negative = Sociograms.classDiagram(net, options: DiagramOptions(questions: .question(2))).dot
        #expect(RenderFixtures.edgeLines(negative, 1, 5).first?.contains("style=dashed") == true)
        // The view of a negative question marks nobody as isolated (it does not draw the positive choices).
        #expect(RenderFixtures.nodeLine(negative, 5)?.contains("peripheries=2") == false)
        #expect(RenderFixtures.nodeLine(Sociograms.classDiagram(net).dot, 5)?.contains("peripheries=2") == true)
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
        // No negative tie runs parallel to a positive one here: splines stay on.
        #expect(Sociograms.classDiagram(net, options: DiagramOptions(showNegative: true)).dot.contains("splines=true"))
    }
}

@Suite struct RenderEdgeCaseTests {
    @Test func negativeTieParallelToPositiveOneSwitchesToStraightEdges() throws {
        let pupils = (0..<4).map { Pupil(id: "p\($0)", name: "P \($0)", code: "C\($0)", gender: .girl, responded: true) }
        let net = ClassNetwork(
            name: "x", pupils: pupils, questions: RenderFixtures.questions,
            nominations: [
                Nomination(from: 0, to: 1, question: 0), Nomination(from: 1, to: 0, question: 2),
                Nomination(from: 2, to: 3, question: 0), Nomination(from: 3, to: 0, question: 0),
            ])
        let plain = Sociograms.classDiagram(net)
        #expect(plain.dot.contains("splines=true"))
        let negative = Sociograms.classDiagram(net, options: DiagramOptions(showNegative: true))
        #expect(negative.dot.contains("splines=false"))
        #expect(RenderFixtures.edgeLines(negative.dot, 0, 1).count == 1)
        #expect(RenderFixtures.edgeLines(negative.dot, 1, 0).first?.contains("style=dashed") == true)
        #expect(try GraphvizRenderer.render(negative, format: .png).count > 1000)
    }

    @Test func emptyClassAndClassWithoutPositiveQuestionRender() throws {
        let empty = ClassNetwork(name: "", pupils: [], questions: [], nominations: [])
        for diagram in [Sociograms.classDiagram(empty), Sociograms.targetDiagram(empty), Sociograms.gradeDiagram(empty)] {
            #expect(try GraphvizRenderer.render(diagram, format: .svg).count > 100)
        }
        let pupils = (0..<3).map { Pupil(id: "p\($0)", name: "P \($0)", code: "C\($0)", responded: true) }
        let prosocialOnly = ClassNetwork(
            name: "y", pupils: pupils, questions: [Question(id: "q1", text: "Hvem hjelper andre?", kind: .prosocial)],
            nominations: [Nomination(from: 0, to: 1, question: 0)])
        let dot = Sociograms.classDiagram(prosocialOnly, options: DiagramOptions(questions: .question(0))).dot
        // Without a positive question nobody is marked isolated.
        #expect(!dot.contains("peripheries=2"))
        #expect(RenderFixtures.edgeLines(dot, 0, 1).count == 1)
    }

    @Test func randomHostileNamesNeverBreakTheDOT() throws {
        let alphabet = Array("aÅø \\\"{}<>|;[]=-&#\n\r\t\u{0}\u{202E}\u{2066}\u{200F}/*//e\\Nl") + ["\u{1F469}\u{200D}\u{1F393}"]
        // Deterministic pseudo-random names: character k of name p in round r is a multiplicative hash.
        func pick(_ r: Int, _ p: Int, _ k: Int) -> Int { (r &* 7919 &+ p &* 104_729 &+ k &* 1_299_709) % 1_000_003 }
        for round in 0..<40 {
            let names = (0..<7).map { p in
                String((0..<(1 + pick(round, p, 0) % 40)).map { k in alphabet[pick(round, p, k + 1) % alphabet.count] })
            }
            let net = RenderFixtures.smallClass(names: names, className: names[0])
            for labels in LabelStyle.allCases {
                let diagram = Sociograms.classDiagram(net, options: DiagramOptions(labels: labels, showNegative: true))
                let laidOut = try GraphvizRenderer.positionedDOT(dot: diagram.dot, engine: .pinned)
                let nodes = laidOut.split(separator: "\n").filter {
                    $0.trimmingCharacters(in: .whitespaces).range(of: #"^n\d+\s+\["#, options: .regularExpression) != nil
                }
                #expect(nodes.count == net.count, "\(names)")
            }
        }
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
