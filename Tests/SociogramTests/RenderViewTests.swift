import Foundation
import Testing
@testable import Sociogram

@Suite struct RenderViewTests {
    let net = RenderFixtures.smallClass()

    /// Pinned positions `n<i>` → (x, y) read from a diagram's DOT text.
    func positions(_ dot: String) -> [Int: (Double, Double)] {
        var out: [Int: (Double, Double)] = [:]
        for line in dot.split(separator: "\n").map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("n"), let space = trimmed.firstIndex(of: " "),
                let i = Int(trimmed[trimmed.index(after: trimmed.startIndex)..<space]),
                let pos = RenderFixtures.attribute("pos", in: line)
            else { continue }
            let xy = pos.dropLast().split(separator: ",").compactMap { Double($0) }
            if xy.count == 2 { out[i] = (xy[0], xy[1]) }
        }
        return out
    }

    @Test func targetPutsMoreChosenPupilsNearerTheCentre() throws {
        let bigger = RenderFixtures.ring(size: 24)
        for network in [net, bigger] {
            let diagram = Sociograms.targetDiagram(network)
            #expect(diagram.engine == .pinned)
            let pos = positions(diagram.dot)
            #expect(pos.count == network.count)
            let received = TieSummary(network, questions: network.questions(ofKind: .positive)).received
            func distance(_ i: Int) -> Double { let p = pos[i] ?? (0, 0); return (p.0 * p.0 + p.1 * p.1).squareRoot() }
            for a in network.pupils.indices {
                for b in network.pupils.indices where received[a] > received[b] {
                    #expect(distance(a) <= distance(b) + 0.01, "\(a) (\(received[a])) vs \(b) (\(received[b]))")
                }
            }
            let most = try #require(network.pupils.indices.max { received[$0] < received[$1] })
            let least = try #require(network.pupils.indices.min { received[$0] < received[$1] })
            #expect(distance(most) < distance(least))
            // Girls on the left half, boys on the right.
            for i in network.pupils.indices where (pos[i]?.0 ?? 0).magnitude > 0.01 {
                if network.pupils[i].gender == .girl { #expect((pos[i]?.0 ?? 0) < 0) }
                if network.pupils[i].gender == .boy { #expect((pos[i]?.0 ?? 0) > 0) }
            }
            #expect(diagram.dot.contains("ring0 ["))
        }
    }

    @Test func targetRingsGroupManyCountsMonotonically() {
        let received = Array(0..<30).map { $0 % 11 }
        let levels = TargetLayout.levels(received)
        #expect(levels.count == TargetLayout.maxRings)
        #expect(levels.last.map { $0 == (0, 0) } == true)
        for k in levels.indices.dropLast() { #expect(levels[k].low > levels[k + 1].high) }
        let covered = Set(levels.flatMap { Array($0.low...$0.high) })
        #expect(covered == Set(received))
        #expect(TargetLayout.levels([3, 1, 1, 0]).map(\.low) == [3, 1, 0])
    }

    @Test func egoViewHoldsFocusChosenAndChoosers() throws {
        let dot = try Sociograms.egoDiagram(net, focus: 3).dot
        // Pupil 3 chose 2 (q2) and was chosen by 2, 1, 6; 0, 4, 5 are not connected to 3.
        for i in [1, 2, 3, 6] { #expect(RenderFixtures.nodeLine(dot, i) != nil, "missing n\(i)") }
        for i in [0, 4, 5] { #expect(RenderFixtures.nodeLine(dot, i) == nil, "unexpected n\(i)") }
        #expect(RenderFixtures.nodeLine(dot, 3)?.contains("focus") == true)
        #expect(RenderFixtures.edgeLines(dot, 2, 3).first?.contains("dir=both") == true)
        #expect(throws: RenderError.self) { try Sociograms.egoDiagram(net, focus: 99) }
    }

    @Test func gradeViewDrawsClassesAsClustersAndCrossClassTies() throws {
        let grade = RenderFixtures.ring(size: 30, classes: 3)
        let diagram = Sociograms.gradeDiagram(grade)
        #expect(diagram.dot.components(separatedBy: "subgraph cluster_").count - 1 == 3)
        #expect(diagram.dot.contains("Klasse 8B"))
        // 9 → 10 crosses from 8A to 8B.
        #expect(RenderFixtures.edgeLines(diagram.dot, 9, 10).first?.contains(SociogramStyle.crossClassColor) == true)
        #expect(RenderFixtures.edgeLines(diagram.dot, 1, 2).first?.contains(SociogramStyle.crossClassColor) == false)
        #expect(try GraphvizRenderer.render(diagram, format: .svg).count > 1000)
    }

    @Test func groupsViewMarksLeadersAndKeepsOnlyInGroupTies() throws {
        let dot = try Sociograms.groupsDiagram(
            net, groups: GroupsDiagramInput(groups: [[0, 1, 6], [2, 3, 5]], leaders: [1, nil])
        ).dot
        #expect(dot.components(separatedBy: "subgraph cluster_g").count - 1 == 2)
        #expect(RenderFixtures.nodeLine(dot, 1)?.contains("★ Ola") == true)
        #expect(RenderFixtures.nodeLine(dot, 1)?.contains("leader") == true)
        #expect(RenderFixtures.edgeLines(dot, 0, 1).count == 1)
        #expect(RenderFixtures.edgeLines(dot, 0, 2).isEmpty)
        #expect(RenderFixtures.nodeLine(dot, 4) == nil)
        #expect(throws: RenderError.self) {
            try Sociograms.groupsDiagram(self.net, groups: GroupsDiagramInput(groups: [[0, 1], [1, 2]]))
        }
        #expect(throws: RenderError.self) {
            try Sociograms.groupsDiagram(self.net, groups: GroupsDiagramInput(groups: [[0, 1]], leaders: [3]))
        }
    }

    @Test func supportersViewCentresThePupil() throws {
        let diagram = try Sociograms.supportersDiagram(net, focus: 5, supporters: [0, 3, 1])
        let pos = positions(diagram.dot)
        #expect(pos[5].map { $0.0 == 0 && $0.1 == 0 } == true)
        #expect(pos[0].map { $0.0.magnitude < 0.01 && $0.1 > 0 } == true)
        #expect(RenderFixtures.nodeLine(diagram.dot, 0)?.contains(#"1. Kari"#) == true)
        #expect(RenderFixtures.nodeLine(diagram.dot, 1)?.contains("supporter") == true)
        #expect(RenderFixtures.edgeLines(diagram.dot, 5, 0).count == 1)
        #expect(RenderFixtures.nodeLine(diagram.dot, 2) == nil)
        #expect(throws: RenderError.self) { try Sociograms.supportersDiagram(self.net, focus: 5, supporters: [5]) }
    }

    @Test func differenceViewStylesNewLostKept() throws {
        let before = RenderFixtures.smallClass()
        // After: 0→2 dropped, 5→6 new, pupil 4 left, a new pupil joined who chose 0.
        var pupils = Array(before.pupils.prefix(4)) + Array(before.pupils[5...])
        pupils.append(Pupil(id: "p99", name: "Nora Ny", code: "E99", gender: .girl, responded: true))
        let after = ClassNetwork(
            name: "7A", pupils: pupils, questions: RenderFixtures.questions,
            nominations: [
                Nomination(from: 0, to: 1, question: 0), Nomination(from: 1, to: 0, question: 0),
                Nomination(from: 4, to: 5, question: 0), Nomination(from: 6, to: 0, question: 0),
            ])
        let input = DifferenceInput(before: before, after: after, beforeLabel: "høsten", afterLabel: "våren")
        #expect(input.pupils.map(\.status).filter { $0 == .left }.count == 1)
        #expect(input.pupils.last?.status == .joined)
        let status = Dictionary(uniqueKeysWithValues: input.ties.map { ([$0.from, $0.to], $0.status) })
        #expect(status[[0, 1]] == .kept)
        #expect(status[[0, 2]] == .lost)
        #expect(status[[5, 6]] == .new)
        let dot = try Sociograms.differenceDiagram(input).dot
        #expect(RenderFixtures.edgeLines(dot, 0, 1).first?.contains("dir=both") == true)
        #expect(RenderFixtures.edgeLines(dot, 0, 2).first?.contains("style=dashed") == true)
        #expect(RenderFixtures.edgeLines(dot, 5, 6).first?.contains(SociogramStyle.newColor) == true)
        #expect(dot.contains("Endringer fra høsten til våren"))
        #expect(RenderFixtures.nodeLine(dot, 4)?.contains("left") == true)
        #expect(RenderFixtures.nodeLine(dot, 7)?.contains("joined") == true)
        let bad = DifferenceInput(className: "", beforeLabel: "a", afterLabel: "b", pupils: [], ties: [.init(from: 0, to: 1, status: .new)])
        #expect(throws: RenderError.self) { try Sociograms.differenceDiagram(bad) }
    }

    @Test func everyViewRendersToPNG() throws {
        for diagram in try RenderViewCatalog.all(net, options: DiagramOptions(labels: .initials, showNegative: true)) {
            let png = try GraphvizRenderer.render(diagram, format: .png)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }
}
