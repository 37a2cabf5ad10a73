import Foundation
import Testing
@testable import Sociogram

/// A file's name is not a class name (issue 20: «Sosiogram – excel-valg-columns»): a single survey file
/// without `--class-name` or a class column gives a class without a name, and every title is neutral.
@Suite struct ImportClassNameTests {
    @Test func aSingleFileIsNotNamedAfterItsFile() throws {
        let network = try SurveyImporter.load(path: ImportFixtures.path("7b/excel-valg-columns.csv")).network
        #expect(network.name == "")
        for (language, title) in [(Language.nb, "Sosiogram"), (.nn, "Sosiogram"), (.en, "Sociogram")] {
            let options = DiagramOptions(language: language)
            for dot in [Sociograms.classDiagram(network, options: options).dot, Sociograms.targetDiagram(network, options: options).dot] {
                #expect(!dot.contains("excel-valg-columns"), "\(language)")
            }
            #expect(Sociograms.classDiagram(network, options: options).dot.contains("<B>\(title)</B>"), "\(language)")
        }
    }

    @Test func theClassNameOrTheRostersClassStillNameTheClass() throws {
        let named = try SurveyImporter.load(
            path: ImportFixtures.path("7b/excel-valg-columns.csv"), options: ImportOptions(className: "7B")).network
        #expect(named.name == "7B")
        #expect(Sociograms.classDiagram(named).dot.contains("<B>Sosiogram – 7B</B>"))
    }
}
