import Foundation
import Sociogram

/// `sociogram-bench pipeline [--runs N]`: what a teacher waits for — import of the survey file (from
/// bytes, Microsoft Forms-style semicolon CSV), the whole analysis, and the PNG sociogram — for a
/// 28-pupil class and a 250-pupil grade (one grade file with a class column). Prints the median of each
/// stage and the peak resident memory.
func runPipelineBench(arguments: [String]) {
    var runs = 5
    if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count { runs = Int(arguments[i + 1]) ?? runs }
    say("Pipeline benchmark: import (bytes → network) + analysis + PNG sociogram; median of \(runs) runs.")
    say("case                      pupils  nominations   import    analysis       PNG      total   peak RSS")
    for (label, sizes) in [("class (28)", [28]), ("grade (250 in 9 classes)", [28, 28, 28, 28, 28, 28, 28, 28, 26])] {
        let network = SyntheticSurvey.grade(classes: sizes, seed: 42)
        let bytes = Array(formsExport(network).utf8)
        var times: [[Double]] = [[], [], []]
        var nominations = 0
        Measure.resetPeak()
        for _ in 0..<runs {
            var imported: ImportResult?
            times[0].append(Measure.time { imported = try? SurveyImporter.load(bytes: bytes, fileName: "klasse.csv") })
            guard let result = imported else {
                say("  \(label): the synthetic file did not import")
                return
            }
            nominations = result.network.nominations.count
            var analysis: ClassAnalysis?
            times[1].append(Measure.time { analysis = try? ClassAnalysis(network: result.network) })
            if analysis == nil { say("  \(label): analysis failed") }
            times[2].append(
                Measure.time {
                    _ = try? GraphvizRenderer.render(Sociograms.classDiagram(result.network), format: .png)
                })
        }
        let m = times.map(Measure.median)
        say(
            String(
                format: "%@ %6d  %11d  %@  %@  %@  %@  %6.1f MiB",
                label.padding(toLength: 25, withPad: " ", startingAt: 0), network.count, nominations,
                Measure.format(m[0]), Measure.format(m[1]), Measure.format(m[2]), Measure.format(m.reduce(0, +)),
                Measure.peakMiB()))
    }
}

/// The network as a Microsoft Forms-style export: `;`-separated, one row per respondent, the names chosen
/// in each question in one cell with a trailing `;`, a class column (for the grade), metadata columns.
func formsExport(_ network: ClassNetwork) -> String {
    func cell(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    return formsRows(network).map { $0.map(cell).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
}

/// The rows of a Microsoft Forms export of `network` (header first), as text cells.
func formsRows(_ network: ClassNetwork) -> [[String]] {
    var header = ["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-postadresse", "Navn", "Hva heter du?", "Klasse"]
    header += network.questions.map(\.text)
    var rows = [header]
    for (i, pupil) in network.pupils.enumerated() where pupil.responded {
        var row = ["\(i + 1)", "24.11.2026 08:00:00", "24.11.2026 08:05:00", "anonymous", "", pupil.name, pupil.className ?? ""]
        for q in network.questions.indices {
            row.append(network.choices(of: i, in: q).map { network.pupils[$0].name + ";" }.joined())
        }
        rows.append(row)
    }
    return rows
}
