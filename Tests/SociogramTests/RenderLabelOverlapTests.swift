import Foundation
import Testing
@testable import Sociogram

/// Names in the drawn pictures, measured where Graphviz puts them (its `xdot` output: each text's
/// position, alignment and width): in the target sociogram no name meets another name or another
/// pupil's shape, in the 7B class and a class of 30 (issue 20: with 17 pt names the inner rings'
/// names ran into each other).
@Suite struct RenderLabelOverlapTests {
    struct Box {
        var minX, minY, maxX, maxY: Double
        func meets(_ o: Box, by slack: Double = 0.5) -> Bool {
            minX + slack < o.maxX && o.minX + slack < maxX && minY + slack < o.maxY && o.minY + slack < maxY
        }
        func union(_ o: Box) -> Box {
            Box(minX: min(minX, o.minX), minY: min(minY, o.minY), maxX: max(maxX, o.maxX), maxY: max(maxY, o.maxY))
        }
    }

    /// Each pupil node's text box and shape box, from Graphviz's `xdot` layout of `diagram`.
    static func boxes(_ diagram: Diagram) throws -> [String: (text: Box, shape: Box)] {
        let xdot = String(decoding: try Graphviz.run(dot: diagram.dot, engine: diagram.engine, format: "xdot").bytes, as: UTF8.self)
        // One statement per node: `n12 [… pos="x,y", width=…, height=…, _ldraw_="F 17 9 -Helvetica … T x y j w n -text …"]`.
        let flat = xdot.replacingOccurrences(of: "\\\n", with: "")
        var out: [String: (text: Box, shape: Box)] = [:]
        let node = try Regex(#"(?ms)^\s*(n\d+)\s+\[(.*?)\];"#)
        for match in flat.matches(of: node) {
            let id = String(match.output[1].substring ?? "")
            let attributes = String(match.output[2].substring ?? "")
            guard let draw = attributes.firstMatch(of: #/_draw_="([^"]*)"/#),
                let ldraw = attributes.firstMatch(of: #/_ldraw_="([^"]*)"/#)
            else { continue }
            // The shape as drawn: ellipses (`E x y rx ry`) and polygons (`P n x1 y1 …`).
            var shape: Box?
            for e in String(draw.1).matches(of: #/[Ee] ([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)/#) {
                let (x, y, rx, ry) = (Double(e.1) ?? 0, Double(e.2) ?? 0, Double(e.3) ?? 0, Double(e.4) ?? 0)
                let box = Box(minX: x - rx, minY: y - ry, maxX: x + rx, maxY: y + ry)
                shape = shape.map { $0.union(box) } ?? box
            }
            for p in String(draw.1).matches(of: #/[Pp] \d+((?: [-\d.]+ [-\d.]+)+)/#) {
                let numbers = p.1.split(separator: " ").compactMap { Double($0) }
                let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
                let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
                guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { continue }
                let box = Box(minX: x0, minY: y0, maxX: x1, maxY: y1)
                shape = shape.map { $0.union(box) } ?? box
            }
            guard let shape else { continue }
            var text: Box?
            var size = 14.0
            let ops = String(ldraw.1)
            for op in ops.matches(of: #/F ([\d.]+) \d+ -[^ ]+ |T ([-\d.]+) ([-\d.]+) (-?\d) ([\d.]+) \d+ -/#) {
                if let f = op.1 { size = Double(f) ?? size; continue }
                guard let tx = op.2.flatMap({ Double($0) }), let ty = op.3.flatMap({ Double($0) }),
                    let j = op.4.flatMap({ Int($0) }), let tw = op.5.flatMap({ Double($0) })
                else { continue }
                let left = j == -1 ? tx : j == 0 ? tx - tw / 2 : tx - tw
                // From the baseline: descenders below, capitals and accents above.
                let box = Box(minX: left, minY: ty - 0.25 * size, maxX: left + tw, maxY: ty + 0.8 * size)
                text = text.map { $0.union(box) } ?? box
            }
            if let text { out[id] = (text, shape) }
        }
        return out
    }

    /// The pairs of pupils whose names meet, or whose name meets the other's shape.
    static func overlaps(_ diagram: Diagram) throws -> [String] {
        let boxes = try Self.boxes(diagram)
        let ids = boxes.keys.sorted()
        var found: [String] = []
        for (k, a) in ids.enumerated() {
            for b in ids[(k + 1)...] {
                guard let p = boxes[a], let q = boxes[b] else { continue }
                if p.text.meets(q.text) { found.append("\(a)/\(b): names") }
                if p.text.meets(q.shape) || q.text.meets(p.shape) { found.append("\(a)/\(b): name and shape") }
            }
        }
        return found
    }

    @Test(arguments: [("7b/forms-nb.csv", "7b/roster.csv"), ("print-30/forms-nb.csv", "print-30/roster.csv")])
    func targetNamesDoNotMeet(file: String, roster: String) throws {
        let network = try SurveyImporter.load(
            path: ImportFixtures.path(file), options: ImportOptions(rosterPath: ImportFixtures.path(roster))).network
        for labels in LabelStyle.allCases {
            let diagram = Sociograms.targetDiagram(network, options: DiagramOptions(labels: labels, language: .nb))
            let boxes = try Self.boxes(diagram)
            #expect(boxes.count == network.count, "every pupil's name is found (\(labels))")
            let found = try Self.overlaps(diagram)
            #expect(found == [], "\(file), \(labels)")
        }
    }

    /// A name too wide for its small shape (every boy's triangle here) is written under it in the
    /// target; the spring views keep plain labels over the shape (see `LabelPlacement.Outside.over`).
    @Test func aNameThatDoesNotFitItsShapeSitsUnderItInTheTarget() throws {
        let network = try SurveyImporter.load(
            path: ImportFixtures.path("print-30/forms-nb.csv"),
            options: ImportOptions(rosterPath: ImportFixtures.path("print-30/roster.csv"))).network
        let boy = try #require(network.pupils.indices.first { network.pupils[$0].gender == .boy })
        let target = try #require(RenderFixtures.nodeLine(Sociograms.targetDiagram(network).dot, boy))
        #expect(target.contains("<TD HEIGHT="), "under the shape: an empty row above the name")
        let classView = try #require(RenderFixtures.nodeLine(Sociograms.classDiagram(network).dot, boy))
        #expect(!classView.contains("<TABLE"))
        // Codes are short: they fit inside and stay plain text.
        let codes = try #require(RenderFixtures.nodeLine(Sociograms.classDiagram(network, options: DiagramOptions(labels: .codes)).dot, 0))
        #expect(!codes.contains("<TABLE"))
    }
}
