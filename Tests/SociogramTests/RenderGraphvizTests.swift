import Foundation
import Testing
@testable import Sociogram

#if canImport(FoundationXML)
import FoundationXML
#endif

enum SVGCheck {
    /// Whether `svg` is well-formed XML.
    static func parses(_ svg: String) throws -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }
}

@Suite(.serialized) struct RenderGraphvizTests {
    let diagram = Sociograms.classDiagram(RenderFixtures.smallClass())

    @Test func pngHasSignatureAndPlausibleSize() throws {
        let png = try GraphvizRenderer.render(diagram, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 10_000)
        #expect(png.count < 5_000_000)
    }

    @Test func pngResolutionFollowsDPI() throws {
        func width(_ png: [UInt8]) -> Int { png[16..<20].reduce(0) { $0 << 8 | Int($1) } }
        let low = try GraphvizRenderer.render(diagram, format: .png, dpi: 48)
        let normal = try GraphvizRenderer.render(diagram, format: .png)
        let high = try GraphvizRenderer.render(diagram, format: .png, dpi: 192)
        #expect(width(low) * 2 <= width(normal) + 2)
        #expect(width(high) >= width(normal) * 2 - 2)
    }

    @Test func svgIsXMLAndContainsEveryLabel() throws {
        let svg = String(decoding: try GraphvizRenderer.render(diagram, format: .svg), as: UTF8.self)
        #expect(try SVGCheck.parses(svg))
        for label in ["Kari", "Nordmann", "Ola Hansen", "Kine", "Nilsen", "Per Olsen", "Sara Berg", "Lise Lund"] {
            #expect(svg.contains(">\(label)<"), "missing \(label)")
        }
        #expect(svg.contains("id=\"n0\""))
    }

    @Test func pdfStartsWithMagic() throws {
        let pdf = try GraphvizRenderer.render(diagram, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func dotFormatReturnsTheCheckedSource() throws {
        let dot = try GraphvizRenderer.render(diagram, format: .dot)
        #expect(String(decoding: dot, as: UTF8.self) == diagram.dot)
        #expect(diagram.dot.contains("layout=neato"))
    }

    @Test func formatsFromFileExtensions() {
        #expect(DiagramFormat(fileExtension: "PNG") == .png)
        #expect(DiagramFormat(fileExtension: ".svg") == .svg)
        #expect(DiagramFormat(fileExtension: "gv") == .dot)
        #expect(DiagramFormat(fileExtension: "jpg") == nil)
    }

    @Test func syntaxErrorBecomesRenderErrorWithoutStderr() throws {
        var caught: RenderError?
        let printed = StderrCapture.capture {
            do { _ = try GraphvizRenderer.render(dot: "digraph g { a -> ; }", format: .png, engine: .neato) } catch let error as RenderError {
                caught = error
            } catch {}
        }
        guard case .syntax(let detail) = caught else {
            Issue.record("expected a syntax error, got \(String(describing: caught))")
            return
        }
        #expect(detail.contains("syntax error"))
        #expect(caught?.description.contains("Graphviz did not accept") == true)
        #expect(!printed.contains("syntax error"))
        // The parser recovers: the next render works.
        #expect(try GraphvizRenderer.render(diagram, format: .svg).count > 1000)
    }

    /// Graphviz counts lines over the whole process: a syntax error must name the line of its own
    /// diagram however many were parsed before (a web server draws thousands).
    @Test func aSyntaxErrorNamesTheLineOfItsOwnDiagram() throws {
        _ = try GraphvizRenderer.render(dot: "digraph {\n a\n b\n c\n a -> b\n}\n", format: .svg, engine: .dot)
        do {
            _ = try GraphvizRenderer.render(dot: "digraph {\n a -> \n}", format: .svg, engine: .dot)
            Issue.record("no error")
        } catch {
            guard case .syntax(let detail) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(detail.contains("line 3"), "\(detail)")
        }
    }

    @Test func unknownOutputFormatIsUnsupported() {
        #expect(throws: RenderError.unsupportedFormat("bogus")) {
            try Graphviz.run(dot: "digraph g { a }", engine: .neato, format: "bogus")
        }
    }

    @Test func parallelRendersTakeTurns() throws {
        let dot = diagram.dot
        let results = ResultBox(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { k in
            let format: DiagramFormat = k % 2 == 0 ? .png : .svg
            results.set(k, (try? GraphvizRenderer.render(dot: dot, format: format, engine: .neato)) ?? [])
        }
        let outputs = results.values
        #expect(outputs.allSatisfy { !$0.isEmpty })
        #expect(Set(outputs.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)).count == 1)
        #expect(Set(outputs.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)).count == 1)
    }

    @Test func parallelEdgesWithRoutedSplinesAreDrawnStraight() throws {
        let dot = "digraph g { splines=true; a -> b; b -> a [style=dashed]; b -> c }"
        let laidOut = try GraphvizRenderer.positionedDOT(dot: dot, engine: .neato)
        #expect(laidOut.contains("splines=false"))
        let plain = try GraphvizRenderer.positionedDOT(dot: "digraph g { splines=true; a -> b; b -> c }", engine: .neato)
        #expect(plain.contains("splines=true"))
    }

    @Test func sociogramViewsGiveNoGraphvizWarnings() throws {
        let net = RenderFixtures.smallClass()
        for options in [DiagramOptions(), DiagramOptions(labels: .codes, language: .en, showNegative: true)] {
            for diagram in try RenderViewCatalog.all(net, options: options) {
                let output = try GraphvizRenderer.renderReportingWarnings(dot: diagram.dot, format: .svg, engine: diagram.engine)
                #expect(output.warnings.isEmpty, "\(output.warnings)")
            }
        }
    }

    @Test func layoutIsDeterministic() throws {
        let net = RenderFixtures.ring(size: 30)
        let a = try GraphvizRenderer.positionedDOT(dot: Sociograms.classDiagram(net).dot, engine: .neato)
        let b = try GraphvizRenderer.positionedDOT(dot: Sociograms.classDiagram(net).dot, engine: .neato)
        #expect(a == b)
        let large = RenderFixtures.ring(size: 120, classes: 4)
        let plan = Sociograms.classDiagram(large)
        #expect(try GraphvizRenderer.positionedDOT(dot: plan.dot, engine: plan.engine)
            == GraphvizRenderer.positionedDOT(dot: plan.dot, engine: plan.engine))
    }
}

/// Thread-safe slots for results of concurrent work.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [[UInt8]]
    init(count: Int) { storage = Array(repeating: [], count: count) }
    func set(_ k: Int, _ value: [UInt8]) { lock.withLock { storage[k] = value } }
    var values: [[UInt8]] { lock.withLock { storage } }
}

/// Captures what is written to standard error (file descriptor 2) while `body` runs.
enum StderrCapture {
    static func capture(_ body: () -> Void) -> String {
        let pipe = Pipe()
        let saved = dup(2)
        fflush(nil)
        dup2(pipe.fileHandleForWriting.fileDescriptor, 2)
        body()
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        try? pipe.fileHandleForWriting.close()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}

/// Every view of a class, for tests that must hold for all of them.
enum RenderViewCatalog {
    static func all(_ net: ClassNetwork, options: DiagramOptions) throws -> [Diagram] {
        let before = net.subnetwork(name: net.name, pupils: Array(0..<(net.count - 1)))
        return [
            Sociograms.classDiagram(net, options: options),
            Sociograms.targetDiagram(net, options: options),
            try Sociograms.egoDiagram(net, focus: 0, options: options),
            Sociograms.gradeDiagram(net, options: options),
            try Sociograms.groupsDiagram(
                net, groups: GroupsDiagramInput(groups: [[0, 1, 6], [2, 3, 5]], leaders: [0, nil]), options: options),
            try Sociograms.supportersDiagram(net, focus: 5, supporters: [0, 3, 1], options: options),
            try Sociograms.differenceDiagram(
                DifferenceInput(before: before, after: net, beforeLabel: "høst", afterLabel: "vår"), options: options),
        ]
    }
}
