import ArgumentParser
import Foundation
import Sociogram
import SociogramWorkers

/// `sociogram seating FILE --room ROOM …`: seating plans (klassekart) in a room the teacher recognises.
struct SeatingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seating",
        abstract: "Suggest seating plans: as many pupils as possible beside someone they chose, conflict pairs never neighbours.",
        discussion: """
            ROOM is a preset — pairs:RxC (R rows of C double desks), rows:RxC (single desks side by side), \
            islands:TxS (T tables of S seats), horseshoe:N — or a room file: one line per row, 1 or a table \
            letter per seat (AA is a double desk), space or . for a walkway, and «tavle»/«board» as the first \
            or last line. Neighbours: same table (3 points), beside across no walkway (2), in front or behind (1).

            Kept always (hard): one seat per pupil, --apart pairs never neighbours of any kind (and, with \
            --negative-apart, pairs where one named the other negatively), --fixed seats. Then: as many pupils \
            as possible beside someone they chose, the least-chosen first; a pupil chosen by at most one \
            beside a prosocial, well-liked classmate (with a prosocial question); --mix-gender; no more than \
            a few of one tight clique at a table; with --rotations N, few repeated desk-mates. See docs/seating.md.

            Exit 1 when a hard rule cannot be met (the best plan keeping the others is shown); exit 2 for bad \
            input (a room smaller than the class, a bad room file, an unknown pupil).
            """
    )

    @OptionGroup var input: InputOptions
    @Option(name: .long, help: ArgumentHelp("A preset (pairs:5x3, rows:5x6, islands:6x5, horseshoe:24) or a room file.", valueName: "ROOM"))
    var room: String
    @OptionGroup var rules: SeatingRuleOptions
    @Option(name: .long, help: "Seed of the search: the same seed and iterations give the same plan.")
    var seed: UInt64 = 1
    @Option(name: .long, help: "Write seating.json and the chart (PNG, SVG, PDF per rotation) into this folder.")
    var out: String?
    @Option(name: .customLong("instance"), help: ArgumentHelp("Also write the problem (indices only, no names) as JSON for scripts/reference/exact_seating.py.", valueName: "FILE"))
    var instance: String?
    @Flag(name: .long, help: "Write into a --out folder that already has files.")
    var force = false
    @OptionGroup var printing: PrintOptions
    @OptionGroup var codeKey: CodeKeyArgument
    @OptionGroup var languageArgument: LanguageArgument

    func run() throws {
        let session = try SuggestionSession(input: input, printing: printing, languageArgument: languageArgument)
        let theRoom = try SeatingRuleOptions.loadRoom(room, option: "--room", strings: Strings(session.language))
        let request = try rules.request(names: session.names, room: theRoom, seed: seed)
        let result = try session.work.suggestSeating(in: theRoom, request)
        let document = SeatingDocument(result, context: session.context)
        let strings = Strings(session.language)
        var written: [String] = []
        if let out {
            // Everything is rendered before the first file is written: a failure leaves nothing behind.
            var files: [(String, [UInt8])] = [("seating.json", Array(try document.jsonData()))]
            for r in 0..<result.plans.count {
                let dot = SeatingChart.dot(result, rotation: r, labels: session.context.labels, strings: strings)
                let stem = result.plans.count == 1 ? "seating" : "seating-r\(r + 1)"
                for format in [DiagramFormat.png, .svg, .pdf] {
                    // PNG at 150 dpi: an A4 landscape page is then about 1650 pixels wide, sharp when printed.
                    let dpi = format == .png ? 150 : nil
                    files.append(("\(stem).\(format.rawValue)", try GraphvizRenderer.render(dot: dot, format: format, engine: .pinned, dpi: dpi)))
                }
            }
            // Into a hidden folder put in place as a whole (``StagedOutput``).
            let staged = try StagedOutput.prepare(path: out, force: force, inputs: input.inputPaths)
            Interruption.protect(staged, folder: out, language: session.language)
            try staged.folder.checkNoInputIsReplaced(by: files.map(\.0))
            for (name, bytes) in files { written.append(try staged.folder.write(bytes, to: name)) }
            TestHooks.beforeCommit()
            try staged.commit()
        }
        if let instance {
            try OutputFolder.writeFile(Array(try SeatingInstance(result).jsonData()), to: instance, inputs: input.inputPaths)
            written.append(instance)
        }
        let keyPath = try codeKey.write(network: session.network, pseudonymised: session.labels.pseudonymised, inputs: input.inputPaths + written)
        if printing.json {
            Terminal.out(String(decoding: try document.jsonData().dropLast(), as: UTF8.self))
            for path in written { Terminal.err(strings.writtenTo(path)) }
            if let keyPath { Terminal.err(strings.keyWritten(keyPath)) }
        } else {
            for line in SeatingText.lines(result, context: session.context) { Terminal.out(line) }
            if !written.isEmpty || keyPath != nil { Terminal.out("") }
            for path in written { Terminal.out(strings.writtenTo(path)) }
            if let keyPath { Terminal.out(strings.keyWritten(keyPath)) }
        }
        if result.needsAttention { throw ExitCode(Terminal.Status.needsAttention.rawValue) }
    }
}
