import Foundation
import Testing
@testable import Sociogram

/// Codes mode in every diagram view and format the report and `render` use, and reports of unusual classes.
@Suite struct ReportPseudonymTests {
    @Test func diagramsInCodesModeCarryNoName() throws {
        let imported = try ReportFixtures.class7B()
        let network = imported.network
        let focus = try network.pupilIndex(matching: "Tobias Myhre")
        let fragments = ReportFixtures.nameFragments(network)
        for language in Language.allCases {
            let options = DiagramOptions(labels: .codes, language: language, showNegative: true)
            var diagrams = [
                Sociograms.classDiagram(network, options: options), Sociograms.targetDiagram(network, options: options),
                try Sociograms.egoDiagram(network, focus: focus, options: options),
            ]
            for q in network.questions.indices {
                var one = options
                one.questions = .question(q)
                diagrams.append(Sociograms.classDiagram(network, options: one))
            }
            for diagram in diagrams {
                let svg = String(decoding: try GraphvizRenderer.render(diagram, format: .svg), as: UTF8.self)
                for (format, text) in [("dot", diagram.dot), ("svg", svg)] {
                    for fragment in fragments {
                        #expect(!ReportFixtures.containsWord(text, fragment), "\(fragment) in \(format)")
                    }
                }
            }
        }
    }

    @Test func unusualClassesStillGiveACompleteReport() throws {
        let pupils = (0..<3).map { Pupil(id: "p\($0)", name: "Elev \($0)", code: "E\($0)", responded: $0 != 2) }
        let negativeOnly = ClassNetwork(
            name: "4C", pupils: pupils, questions: [Question(id: "q1", text: "Hvem vil du helst ikke være med?", kind: .negative)],
            nominations: [Nomination(from: 0, to: 1, question: 0)])
        let silent = ClassNetwork(
            name: "", pupils: [Pupil(id: "p0", name: "Ene Elev", code: "E0", responded: true)],
            questions: [Question(id: "q1", text: "Venner?", kind: .positive)], nominations: [])
        for network in [negativeOnly, silent] {
            for language in Language.allCases {
                let html = try ReportFixtures.report(network, language: language, focus: 0, showNegative: true)
                #expect(html.hasSuffix("</html>\n"))
                for id in ["summary", "attention", "sociogram", "target", "groups", "questions", "pupil", "plan", "method", "closing"] {
                    #expect(html.contains("<section id=\"\(id)\""), "\(id)")
                }
            }
        }
        let html = try ReportFixtures.report(negativeOnly, language: .en)
        #expect(html.contains(Strings(.en).note(.noPositiveQuestion)))
    }
}
