import ArgumentParser
import Sociogram

/// `sociogram inspect FILE`: what the importer decided, before anything is analysed.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how a survey file is read: layout, encoding, pupils, questions and every name decision.",
        discussion: "The first thing to run on a new file. Nothing is written."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var printing: PrintOptions

    func run() throws {
        let result = try input.load()
        let doc = InspectDocument(result, pseudonymised: printing.labels.pseudonymised)
        if printing.json {
            Terminal.out(try JSONOutput.encode(doc))
            return
        }
        for line in InspectText.lines(doc) { Terminal.out(line) }
    }
}

/// The plain-text form of an ``InspectDocument``.
enum InspectText {
    static func lines(_ doc: InspectDocument) -> [String] {
        var out: [String] = []
        for f in doc.files {
            out.append(f.file)
            out.append("  layout:     \(layoutWords(f.layout))")
            out.append("  encoding:   \(f.encoding.rawValue)")
            out.append(
                "  delimiter:  \(f.delimiter)\(f.delimiterFromSepLine ? " (from the sep= line)" : "")")
            out.append("  rows:       \(f.rows)")
            if let col = f.respondentColumn { out.append("  respondent column: \"\(col)\"") }
            for d in f.droppedColumns {
                out.append("  ignored column \(d.column) \"\(d.header)\": \(droppedWords(d.reason))")
            }
        }
        let c = doc.class
        out.append("")
        let rate = c.pupils == 0 ? 0 : Int((Double(c.respondents) / Double(c.pupils) * 100).rounded())
        out.append("Class \(c.name): \(c.pupils) pupils, \(c.respondents) answered (\(rate) %), \(c.nominations) nominations")
        if c.classes.count > 1 { out.append("  classes: \(c.classes.joined(separator: ", "))") }
        let missing = doc.pupils.filter { !$0.responded }
        if !missing.isEmpty {
            out.append("  did not answer (missing, not \"chose nobody\"): \(missing.map(\.name).joined(separator: ", "))")
        }
        out.append("")
        out.append("Questions:")
        for q in c.questions {
            out.append("  \(q.id)  \(q.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) (\(q.kindSource.rawValue))  \(q.text)")
        }
        if !doc.matches.isEmpty {
            out.append("")
            out.append("Names matched loosely (check these):")
            for m in doc.matches {
                let at = m.location.map { " first at \($0)" } ?? ""
                out.append("  \"\(m.written)\" → \(m.pupilName) (\(matchWords(m.method)), \(m.occurrences)×)\(at)")
            }
        }
        let warnings = doc.diagnostics.filter { $0.severity == .warning }
        let notes = doc.diagnostics.filter { $0.severity == .note }
        if !warnings.isEmpty {
            out.append("")
            out.append("Warnings (\(warnings.count)):")
            for d in warnings { out.append("  \(d.location.map { "\($0): " } ?? "")\(d.message) [\(d.code)]") }
        }
        if !notes.isEmpty {
            out.append("")
            out.append("Notes:")
            for d in notes { out.append("  \(d.location.map { "\($0): " } ?? "")\(d.message)") }
        }
        return out
    }

    static func layoutWords(_ layout: InputLayout) -> String {
        switch layout {
        case .wideColumnPerChoice: "form export, one column per choice"
        case .wideNamesInCell: "form export, several names in one cell"
        case .edgeList: "edge list (from, to, question)"
        case .matrix: "sociomatrix"
        case .roster: "roster"
        }
    }

    static func droppedWords(_ reason: DroppedColumn.Reason) -> String {
        switch reason {
        case .metadata: "form metadata (never imported)"
        case .freeText: "free text (never imported)"
        case .empty: "empty"
        }
    }

    static func matchWords(_ method: MatchMethod) -> String {
        switch method {
        case .exact: "exact"
        case .normalised: "ignoring case, spaces and accents"
        case .firstName: "unique first name"
        case .closeSpelling: "close spelling"
        }
    }
}
