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
    @OptionGroup var languageArgument: LanguageArgument

    func run() throws {
        let language = try languageArgument.language()
        let result = try input.load(language: language)
        let doc = InspectDocument(result, pseudonymised: printing.labels.pseudonymised, language: language)
        if printing.json {
            Terminal.out(try JSONOutput.encode(doc))
            return
        }
        for line in InspectText.lines(doc, strings: Strings(language)) { Terminal.out(line) }
    }
}

/// The plain-text form of an ``InspectDocument``.
enum InspectText {
    static func lines(_ doc: InspectDocument, strings s: Strings) -> [String] {
        var out: [String] = []
        for f in doc.files {
            out.append(f.file)
            out.append("  \(s.inspectLayout): \(s.inspectLayoutName(f.layout))")
            out.append("  \(s.inspectEncoding): \(s.inspectEncodingName(f.encoding))")
            if let sheet = f.sheet {
                let skipped = f.skippedSheets ?? []
                out.append("  \(s.inspectSheet): \(s.quote(sheet))" + (skipped.isEmpty ? "" : " (\(s.inspectSkippedSheets(skipped)))"))
            } else {
                out.append("  \(s.inspectDelimiter): \(f.delimiter)\(f.delimiterFromSepLine ? s.inspectFromSepLine : "")")
            }
            if let entry = f.archiveEntry { out.append("  " + s.inspectArchiveEntry(entry)) }
            out.append("  \(s.inspectRows): \(f.rows)")
            if let col = f.respondentColumn { out.append("  " + s.inspectRespondentColumn(col)) }
            for d in f.droppedColumns { out.append("  " + s.inspectIgnoredColumn(d.column, d.header, d.reason)) }
        }
        let c = doc.class
        out.append("")
        out.append(s.inspectClassLine(c.name, pupils: c.pupils, respondents: c.respondents, nominations: c.nominations))
        if c.classes.count > 1 { out.append("  " + s.inspectClasses(c.classes)) }
        let missing = doc.pupils.filter { !$0.responded }
        if !missing.isEmpty { out.append("  " + s.inspectDidNotAnswer(missing.map(\.name))) }
        out.append("")
        out.append(s.inspectQuestions)
        for q in c.questions {
            out.append("  \(q.id)  \(s.inspectKind(q.kind)) (\(s.inspectKindSource(q.kindSource)))  \(q.text)")
        }
        if !doc.matches.isEmpty {
            out.append("")
            out.append(s.inspectLooseMatches)
            for m in doc.matches { out.append("  " + s.inspectMatch(m)) }
        }
        let warnings = doc.diagnostics.filter { $0.severity == .warning }
        let notes = doc.diagnostics.filter { $0.severity == .note }
        if !warnings.isEmpty {
            out.append("")
            out.append(s.inspectWarnings(warnings.count))
            for d in warnings { out.append("  \(d.location.map { "\($0): " } ?? "")\(d.message) [\(d.code)]") }
        }
        if !notes.isEmpty {
            out.append("")
            out.append(s.inspectNotes)
            for d in notes { out.append("  \(d.location.map { "\($0): " } ?? "")\(d.message)") }
        }
        return out
    }
}
