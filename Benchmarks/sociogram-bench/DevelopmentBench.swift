import Foundation
import Sociogram

/// `sociogram-bench development [--sizes 10,100,250] [--runs N]`: the part `batch --earlier` adds to a
/// batch — reading four surveys of a grade (folders of synthetic classes of 25–30 pupils as edge lists,
/// the same pupils with other choices each time) and following every class through them
/// (``GradeDevelopment/build(latest:earlier:options:)``: import, four analyses and four comparisons per
/// class, on all cores). Median of the runs.
func runDevelopmentBench(arguments: [String]) {
    var sizes = [10, 100, 250]
    var runs = 3
    var rest = arguments[...]
    while let arg = rest.popFirst() {
        let value = rest.popFirst() ?? ""
        switch arg {
        case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
        case "--runs": runs = Int(value) ?? runs
        default: say("ignoring unknown option \(arg)")
        }
    }
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sociogram-development-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: root) }
    say("batch --earlier: 4 surveys of a grade of synthetic classes (25–30 pupils); \(ProcessInfo.processInfo.activeProcessorCount) cores; median of \(runs) runs.")
    say("classes  pupils   open (4 surveys)   follow every class   total    peak RSS")
    for size in sizes {
        let folders = (0..<4).map { wave in root.appendingPathComponent("\(size)/wave-\(wave + 1)") }
        var pupils = 0
        for (wave, folder) in folders.enumerated() {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for c in 0..<size {
                let network = SyntheticSurvey.grade(classes: [25 + c % 6], seed: UInt64(1000 + c + 7919 * wave))
                if wave == 0 { pupils += network.count }
                var rows = ["fra;til;spørsmål;rangering"]
                for nom in network.nominations {
                    rows.append("\(network.pupils[nom.from].name);\(network.pupils[nom.to].name);\(network.questions[nom.question].text);\(nom.rank.map(String.init) ?? "")")
                }
                try? (rows.joined(separator: "\n") + "\n").write(
                    to: folder.appendingPathComponent(String(format: "K%04d.csv", c)), atomically: true, encoding: .utf8)
            }
        }
        var open: [Double] = [], follow: [Double] = []
        var classes = 0
        _ = Measure.resetPeak()
        for _ in 0..<runs {
            var sources: [BatchSource] = []
            open.append(Measure.time { sources = folders.compactMap { try? BatchSource.open(path: $0.path) } })
            guard sources.count == 4, let latest = sources.last else {
                say("  \(size): the synthetic folders did not open")
                return
            }
            follow.append(Measure.time {
                classes = GradeDevelopment.build(latest: latest, earlier: Array(sources.dropLast()), options: FollowOptions()).classes.count
            })
        }
        if classes != size { say("  \(size): only \(classes) classes followed") }
        let o = Measure.median(open), f = Measure.median(follow)
        func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        say(pad(String(size), 7) + "  " + pad(String(pupils), 6) + "   " + pad(Measure.format(o), 16) + "   "
            + pad(Measure.format(f), 18) + "   " + pad(Measure.format(o + f), 10) + "   " + String(format: "%6.0f MiB", Measure.peakMiB()))
    }
}
