import Foundation
import Sociogram

func runBatchBench(arguments: [String]) {
    let network = SyntheticSurvey.grade(classes: [28], seed: 28)
    let base = Sociograms.classDiagram(network, options: DiagramOptions(layout: .neatoStraight))
    for extra in ["", "dpi=72;", "dpi=48;", "size=\"6,6\";"] {
        let dot = base.dot.replacingOccurrences(of: "digraph sociogram {", with: "digraph sociogram {\n" + extra)
        var bytes: [UInt8] = []
        let t = Measure.median((0..<5).map { _ in Measure.time { bytes = (try? GraphvizRenderer.render(dot: dot, format: .png, engine: base.engine)) ?? [] } })
        let w = bytes.count > 24 ? (Int(bytes[16]) << 24 | Int(bytes[17]) << 16 | Int(bytes[18]) << 8 | Int(bytes[19])) : 0
        let h = bytes.count > 24 ? (Int(bytes[20]) << 24 | Int(bytes[21]) << 16 | Int(bytes[22]) << 8 | Int(bytes[23])) : 0
        say("\(extra) \(Measure.format(t)) \(bytes.count) bytes \(w)x\(h)")
        try? Data(bytes).write(to: URL(fileURLWithPath: "/tmp/probe/p\(extra.count).png"))
    }
    say(String(base.dot.prefix(600)))
}
