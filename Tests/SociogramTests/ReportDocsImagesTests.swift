import Foundation
import Testing
@testable import Sociogram

/// The README's pictures: the sociogram, the target sociogram and an ego view of the fixture class 7B
/// (invented names), drawn as PNG by the library exactly as `sociogram render` draws them.
///
/// The test always renders them and checks they are real pictures of a sensible size; with
/// `SOCIOGRAM_WRITE_DOCS_IMAGES=1` it also writes them to `docs/images/` (review before committing:
/// the bytes depend on fonts and the Graphviz version). The command line gives the same bytes:
/// `sociogram render fixtures/7b/forms-nb.csv --roster fixtures/7b/roster.csv --class-name 7B --lang nb
/// --dpi 110 -o docs/images/sociogram-7b.png`, the same with `--layout target` (`target-7b.png`) and with
/// `--focus "Tobias Myhre"` (`ego-7b.png`).
@Suite struct ReportDocsImagesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/images")

    @Test func readmeViewsRenderAsPNG() throws {
        let imported = try SurveyImporter.load(
            path: ImportFixtures.path("7b/forms-nb.csv"),
            options: ImportOptions(rosterPath: ImportFixtures.path("7b/roster.csv"), className: "7B"))
        let network = imported.network
        let focus = try network.pupilIndex(matching: "Tobias Myhre")
        let options = DiagramOptions(labels: .names, language: .nb)
        let views: [(String, Diagram)] = [
            ("sociogram-7b.png", Sociograms.classDiagram(network, options: options)),
            ("target-7b.png", Sociograms.targetDiagram(network, options: options)),
            ("ego-7b.png", try Sociograms.egoDiagram(network, focus: focus, options: options)),
        ]
        let write = ProcessInfo.processInfo.environment["SOCIOGRAM_WRITE_DOCS_IMAGES"] == "1"
        if write { try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true) }
        for (name, diagram) in views {
            let png = try GraphvizRenderer.render(diagram, format: .png, dpi: 110)
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(name)")
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width >= 400 && height >= 400 && width <= 4000 && height <= 4000, "\(name): \(width)×\(height)")
            if write { try Data(png).write(to: Self.folder.appendingPathComponent(name)) }
        }
    }
}
