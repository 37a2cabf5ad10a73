// libFuzzer target for the importer and everything downstream of it: any bytes must give either an
// ImportError that names the file (and a message), or a consistent network that the analysis, the JSON and
// CSV writers and the diagram builder all accept, with DOT that Graphviz's parser accepts. Never a crash.
// Built and run by scripts/fuzz/fuzz.sh (and scripts/fuzz/fuzz-importer.sh) against the library; not part of the package.
//
// The first input byte picks the options, so every path is reached from one corpus:
//   bit 0 --strict, bit 1 --drop-negative, bit 2 a class name, bit 3 a roster: the input is split at the
//   first 0xFE byte into survey | roster (written to a temporary file, as the CLI reads it).
// The rest is the file: encodings (UTF-8 ± BOM, UTF-16 BOMs, Windows-1252), `sep=` lines, delimiters,
// quoting and every layout are reached through the bytes themselves; the seed corpus is fixtures/.

import Foundation
@testable import Sociogram

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let flags = data[0]
    var bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var options = ImportOptions(strict: flags & 1 != 0, dropNegative: flags & 2 != 0)
    if flags & 4 != 0 { options.className = "7B" }
    if flags & 8 != 0, let cut = bytes.firstIndex(of: 0xFE) {
        let roster = Array(bytes[(cut + 1)...])
        bytes = Array(bytes[..<cut])
        let path = ImporterFuzz.rosterPath
        guard FileManager.default.createFile(atPath: path, contents: Data(roster)) else { return 0 }
        options.rosterPath = path
    }
    ImporterFuzz.run(bytes, options: options)
    return 0
}

enum ImporterFuzz {
    static let rosterPath = NSTemporaryDirectory() + "sociogram-fuzz-roster-\(getpid()).csv"

    static func run(_ bytes: [UInt8], options: ImportOptions) {
        let result: ImportResult
        do {
            result = try SurveyImporter.load(bytes: bytes, fileName: "fuzz.csv", options: options)
        } catch {
            let file = error.location?.file
            guard file == "fuzz.csv" || file == options.rosterPath || (error.kind == .badOption && file == nil),
                !error.message.isEmpty
            else { fatalError("ImportError without a place or message: \(error)") }
            return
        }
        let n = result.network
        precondition(Set(n.pupils.map(\.id)).count == n.count, "duplicate pupil ids")
        precondition(Set(n.pupils.map(\.code)).count == n.count, "duplicate codes")
        precondition(n.pupils.allSatisfy { !$0.name.isEmpty }, "empty pupil name")
        precondition(
            n.nominations.allSatisfy { $0.from != $0.to && $0.from < n.count && $0.to < n.count && $0.question < n.questions.count },
            "bad nomination")
        if options.dropNegative { precondition(!n.questions.contains { $0.kind == .negative }, "negative question kept") }
        guard let analysis = try? ClassAnalysis(network: n) else { return }
        for pseudonymised in [false, true] {
            let doc = AnalysisDocument(import: result.report, analysis: analysis, pseudonymised: pseudonymised)
            guard (try? doc.jsonData()) != nil else { fatalError("analysis.json could not be encoded") }
            _ = PupilsCSV.render(analysis, pseudonymised: pseudonymised)
            _ = InspectDocument(result, pseudonymised: pseudonymised)
        }
        guard n.count <= 60 else { return }  // keep executions fast: parsing large diagrams adds nothing new
        let diagram = Sociograms.classDiagram(n, options: DiagramOptions(showNegative: true))
        do {
            try GraphvizRenderer.validate(dot: diagram.dot)
        } catch {
            fatalError("Graphviz rejected the DOT of an imported class: \(error)")
        }
    }
}
