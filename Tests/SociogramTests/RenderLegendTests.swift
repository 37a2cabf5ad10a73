import Foundation
import Testing
@testable import Sociogram

/// Every view's legend against what the view draws: a legend row for each kind of mark the picture
/// shows, and no row for a mark it does not (issue 20: a pink «isolert» entry in an ego view without a
/// pink pupil, two identical red rows in the negative view, a black bar for «kjønn ikke oppgitt»).
@Suite struct RenderLegendTests {
    let s = DiagramStrings(language: .nb)
    let net = RenderFixtures.smallClass()

    /// The legend's texts (the graph label) and the rest of the DOT text (nodes and edges).
    static func parts(_ dot: String) -> (legend: String, drawing: String) {
        guard let start = dot.range(of: "label=<<TABLE"), let end = dot.range(of: "</TABLE>>", range: start.upperBound..<dot.endIndex)
        else { return ("", dot) }
        return (String(dot[start.lowerBound..<end.upperBound]), String(dot[..<start.lowerBound]) + String(dot[end.upperBound...]))
    }

    /// Pupil nodes and tie edges of the drawing (not the target's guide circles and lines).
    static func marks(_ drawing: String) -> (nodes: [String], edges: [String]) {
        let lines = drawing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return (lines.filter { $0.range(of: #"^n\d+ \["#, options: .regularExpression) != nil },
                lines.filter { $0.range(of: #"^n\d+ -> n\d+ "#, options: .regularExpression) != nil })
    }

    /// Checks each legend row against the marks that need it, both ways.
    func check(_ dot: String, _ view: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (legend, drawing) = Self.parts(dot)
        let (nodes, edges) = Self.marks(drawing)
        let has = { (text: String) in legend.contains(">" + DOTEscaping.html(text) + "<") }
        let difference: [(String, Bool)] = [
            (s.newTie, edges.contains { $0.contains(SociogramStyle.newColor) }),
            (s.lostTie, edges.contains { $0.contains(SociogramStyle.lostColor) }),
            (s.keptTie, edges.contains { $0.contains(SociogramStyle.keptColor) }),
        ]
        let ties: [(String, Bool)] = view == "difference" ? difference : [
            (s.mutual, edges.contains { $0.contains("dir=both") && ($0.contains("penwidth=2.4") || $0.contains("penwidth=1.6")) }),
            (s.oneWay, edges.contains { !$0.contains("dir=both") && ($0.contains("\(SociogramStyle.oneWayColor)") || $0.contains("\(SociogramStyle.negativeColor)")) }),
        ]
        let pairs: [(String, Bool)] = ties + [
            (s.isolated, nodes.contains { $0.contains("fillcolor=\"\(SociogramStyle.fillIsolated)\"") }),
            (s.noMutual, nodes.contains { $0.contains("fillcolor=\"\(SociogramStyle.fillNoMutual)\"") }),
            (s.nonRespondent, nodes.contains { $0.contains("style=\"filled,dashed") }),
            (s.focus, nodes.contains { $0.contains("fillcolor=\"\(SociogramStyle.fillFocus)\"") }),
            (s.supporter, nodes.contains { $0.contains("fillcolor=\"\(SociogramStyle.fillSupporter)\"") }),
            (s.girl, nodes.contains { $0.contains("shape=circle") }),
            (s.boy, nodes.contains { $0.contains("shape=triangle") }),
            (s.unknownGender, nodes.contains { $0.contains("shape=ellipse") }),
            (s.crossClass, edges.contains { $0.contains(SociogramStyle.crossClassColor) }),
            (s.otherTies, edges.contains { $0.contains(SociogramStyle.faintColor) }),
            (s.amongSupporters, edges.contains { $0.contains(SociogramStyle.faintColor) }),
        ]
        for (text, drawn) in pairs where text != s.amongSupporters || view == "supporters" {
            if text == s.otherTies && view == "supporters" { continue }
            #expect(has(text) == drawn, "\(view): legend row «\(text)» \(has(text) ? "without" : "missing for") its mark", sourceLocation: sourceLocation)
        }
        #expect(!legend.contains("BGCOLOR=\"black\""), "\(view): no solid black legend sample", sourceLocation: sourceLocation)
    }

    @Test func everyViewsLegendMatchesItsDrawing() throws {
        check(Sociograms.classDiagram(net).dot, "class")
        check(Sociograms.classDiagram(net, options: DiagramOptions(showNegative: true)).dot, "class+negative")
        check(Sociograms.classDiagram(net, options: DiagramOptions(questions: .question(1))).dot, "q2")
        check(Sociograms.classDiagram(net, options: DiagramOptions(questions: .question(2))).dot, "negative question")
        check(Sociograms.targetDiagram(net).dot, "target")
        for focus in net.pupils.indices { check(try Sociograms.egoDiagram(net, focus: focus).dot, "ego \(focus)") }
        check(try Sociograms.supportersDiagram(net, focus: 5, supporters: [0, 3]).dot, "supporters")
        check(Sociograms.gradeDiagram(RenderFixtures.ring(size: 12, classes: 2)).dot, "grade")
        check(Sociograms.classDiagram(RenderFixtures.ring(size: 12)).dot, "ring class")
        let groups = GroupsDiagramInput(groups: [[0, 1, 2], [3, 5, 6]], leaders: [0, nil])
        check(try Sociograms.groupsDiagram(net, groups: groups).dot, "groups")
        let before = RenderFixtures.smallClass(), after = RenderFixtures.ring(size: 7)
        check(try Sociograms.differenceDiagram(DifferenceInput(before: before, after: after, beforeLabel: "høst", afterLabel: "vår")).dot, "difference")
    }

    /// The groups view draws only the ties inside a group: its legend must not describe the class's
    /// ties between groups (here the mutual pair 0↔1, the pair 2↔3 across questions and both negative
    /// ties all run between the two groups).
    @Test func theGroupsLegendDescribesOnlyTiesInsideGroups() throws {
        let groups = GroupsDiagramInput(groups: [[0, 2], [1, 3]])
        for options in [DiagramOptions(), DiagramOptions(showNegative: true)] {
            let dot = try Sociograms.groupsDiagram(net, groups: groups, options: options).dot
            check(dot, "groups between")
            let legend = Self.parts(dot).legend
            #expect(!legend.contains(">" + DOTEscaping.html(s.mutual) + "<"))
            #expect(!legend.contains(">" + DOTEscaping.html(s.acrossQuestions) + "<"))
            #expect(!legend.contains(SociogramStyle.negativeColor), "no negative row: no negative tie inside a group")
            #expect(legend.contains(">" + DOTEscaping.html(s.oneWay) + "<"), "0→2 and 1→3 are drawn")
        }
        // With a negative tie inside a group (2→1) the overlay row is there.
        let dot = try Sociograms.groupsDiagram(net, groups: GroupsDiagramInput(groups: [[1, 2], [0, 3]]),
            options: DiagramOptions(showNegative: true)).dot
        #expect(Self.parts(dot).legend.contains(SociogramStyle.negativeColor))
    }

    @Test func aClassWithoutNonRespondentsOrNegativeQuestionHasNoSuchRows() {
        let dot = Sociograms.classDiagram(RenderFixtures.ring(size: 10), options: DiagramOptions(showNegative: true)).dot
        let legend = Self.parts(dot).legend
        #expect(!legend.contains(DOTEscaping.html(s.nonRespondent)))
        #expect(!legend.contains(SociogramStyle.negativeColor))
    }

    @Test func theNegativeViewHasOneRowPerKindOfLineAndNoSizeRow() {
        let dot = Sociograms.classDiagram(net, options: DiagramOptions(questions: .question(2))).dot
        let legend = Self.parts(dot).legend
        // q3 has two one-way ties and no mutual one: one red row, no size row, every pupil one size.
        #expect(legend.components(separatedBy: SociogramStyle.negativeColor).count - 1 == 1)
        #expect(!legend.contains(DOTEscaping.html(s.size)) && !legend.contains(DOTEscaping.html(s.sizeOneQuestion)))
        let widths = Set(Self.marks(Self.parts(dot).drawing).nodes.compactMap { RenderFixtures.attribute("width", in: $0) })
        #expect(widths.count == 1)
    }

    @Test func theViewOfOneQuestionSaysWhatTheSizeCounts() {
        let legend = Self.parts(Sociograms.classDiagram(net, options: DiagramOptions(questions: .question(1))).dot).legend
        #expect(legend.contains(DOTEscaping.html(s.sizeOneQuestion)))
        #expect(!legend.contains(DOTEscaping.html(s.size) + "<"))
    }
}
