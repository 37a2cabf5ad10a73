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
    @Option(name: .long, help: "How many plans in a row, with as few repeated desk-mates as possible.")
    var rotations: Int = 1
    @Option(name: .long, help: ArgumentHelp("Never seat these two as neighbours: \"Kari Nordmann,Ola Hansen\" (repeat for more).", valueName: "A,B"))
    var apart: [String] = []
    @Flag(name: .customLong("negative-apart"), help: "Also keep apart every pair where one named the other in a negative question.")
    var negativeApart = false
    @Option(name: .long, help: ArgumentHelp("A fixed seat: \"Kari=A3\" (row letter, seat in the row) or \"Ola=front\" (repeat for more).", valueName: "NAME=SEAT"))
    var fixed: [String] = []
    @Flag(name: .customLong("mix-gender"), help: "Mix girls and boys at each table.")
    var mixGender = false
    @Option(name: .long, help: "Seed of the search: the same seed and iterations give the same plan.")
    var seed: UInt64 = 1
    @Option(name: .long, help: "Swaps tried per start of the search.")
    var iterations: Int = 30_000
    @Option(name: .long, help: "Write seating.json and the chart (PNG, SVG, PDF per rotation) into this folder.")
    var out: String?
    @Option(name: .customLong("instance"), help: ArgumentHelp("Also write the problem (indices only, no names) as JSON for scripts/reference/exact_seating.py.", valueName: "FILE"))
    var instance: String?
    @Flag(name: .long, help: "Write into a --out folder that already has files.")
    var force = false
    @OptionGroup var printing: PrintOptions
    @OptionGroup var codeKey: CodeKeyArgument
    @OptionGroup var languageArgument: LanguageArgument

    func validate() throws {
        guard rotations >= 1, rotations <= 20 else { throw ValidationError(Terminal.strings.cliRotationsRange) }
        guard iterations >= 1 else { throw ValidationError(Terminal.strings.cliAtLeast("--iterations", 1)) }
    }

    func run() throws {
        let session = try SuggestionSession(input: input, printing: printing, languageArgument: languageArgument)
        let theRoom = try loadRoom(Strings(session.language))
        var pairs: [GroupingProblem.Pair] = []
        for text in apart {
            let pair = try session.names.pair(text, option: "--apart")
            if !pairs.contains(pair) { pairs.append(pair) }
        }
        var fixedSeats: [Int: SeatingProblem.Fixed] = [:]
        for text in fixed {
            guard let eq = text.lastIndex(of: "=") else {
                throw UsageError(Strings(session.language).cliFixedSyntax(text))
            }
            let who = try session.names.one(String(text[..<eq]).trimmingCharacters(in: .whitespaces), option: "--fixed")
            let where_ = String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            if ["front", "foran"].contains(where_.lowercased()) {
                fixedSeats[who] = .front
            } else if let s = theRoom.seat(named: where_) {
                fixedSeats[who] = .seat(s)
            } else {
                throw UsageError(Strings(session.language).cliFixedNoSeat(text, seat: where_))
            }
        }
        let request = SeatingRequest(
            rotations: rotations, apart: pairs, negativeApart: negativeApart, fixed: fixedSeats, mixGender: mixGender,
            search: SeatingSearch(seed: seed, iterations: iterations))
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
                    files.append(("\(stem).\(format.rawValue)", try GraphvizRenderer.render(dot: dot, format: format, engine: .pinned)))
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

    /// The preset, or the room file when a file of that name exists.
    private func loadRoom(_ strings: Strings) throws -> Room {
        do {
            if FileManager.default.fileExists(atPath: room) {
                guard let data = FileManager.default.contents(atPath: room) else {
                    throw UsageError(strings.cliRoomUnreadable(room))
                }
                return try Room.parse(String(decoding: data, as: UTF8.self), file: room)
            }
            return try Room.preset(room)
        } catch let error as RoomError {
            throw UsageError("--room: " + error.message(strings.language))
        }
    }
}
