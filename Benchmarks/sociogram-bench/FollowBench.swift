import Foundation
import Sociogram

/// `sociogram-bench follow [--runs N]`: `sociogram follow` over four surveys of a 28-pupil class and of a
/// 250-pupil grade (one Microsoft Forms-style file per survey, the same pupils with other answers each
/// time): import of the four files, the follow-up itself (four analyses, three consecutive comparisons
/// and first → last, the series), follow.json, the class chart (PNG and SVG) and the three difference
/// sociograms (PNG). Prints the median of each stage.
func runFollowBench(arguments: [String]) {
    var runs = 5
    if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count { runs = Int(arguments[i + 1]) ?? runs }
    say("Follow benchmark: 4 surveys; median of \(runs) runs.")
    say("case                       pupils   import   follow-up      JSON     chart  differences     total")
    for (label, sizes) in [("class (28)", [28]), ("grade (250 in 9 classes)", [28, 28, 28, 28, 28, 28, 28, 28, 26])] {
        let files = (1...4).map { Array(formsExport(SyntheticSurvey.grade(classes: sizes, seed: UInt64(40 + $0))).utf8) }
        var times: [[Double]] = Array(repeating: [], count: 5)
        for _ in 0..<runs {
            var waves: [FollowWave] = []
            times[0].append(Measure.time {
                waves = files.enumerated().compactMap { k, bytes in
                    (try? SurveyImporter.load(bytes: bytes, fileName: "kartlegging-\(k + 1).csv")).map { FollowWave($0, fileName: "kartlegging-\(k + 1).csv") }
                }
            })
            guard waves.count == 4 else {
                say("  \(label): the synthetic files did not import")
                return
            }
            var follow: FollowUp?
            times[1].append(Measure.time { follow = try? FollowUp.run(waves: waves, options: FollowOptions(measureFrom: "3")) })
            guard let follow else {
                say("  \(label): follow failed")
                return
            }
            times[2].append(Measure.time { _ = try? follow.document.jsonData() })
            times[3].append(Measure.time {
                let dot = FollowCharts.classChart(follow.document, language: .nb).dot()
                _ = try? GraphvizRenderer.render(dot: dot, format: .png, engine: .pinned, dpi: 144)
                _ = try? GraphvizRenderer.render(dot: dot, format: .svg, engine: .pinned)
            })
            times[4].append(Measure.time {
                for d in follow.differences {
                    if let diagram = try? Sociograms.differenceDiagram(d) { _ = try? GraphvizRenderer.render(diagram, format: .png) }
                }
            })
        }
        let m = times.map(Measure.median)
        say(String(
            format: "%@ %6d  %@  %@  %@  %@  %@  %@", label.padding(toLength: 25, withPad: " ", startingAt: 0),
            sizes.reduce(0, +), Measure.format(m[0]), Measure.format(m[1]), Measure.format(m[2]), Measure.format(m[3]),
            Measure.format(m[4]), Measure.format(m.reduce(0, +))))
    }
}
