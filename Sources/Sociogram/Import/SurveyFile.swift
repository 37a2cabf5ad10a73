import Foundation

/// Reading files from disk with the importer's limits.
enum FileInput {
    /// The bytes of the file at `path`.
    ///
    /// Throws `.fileNotReadable` (missing, a folder, no permission) or `.tooLarge` (over 64 MB, checked
    /// before reading).
    static func read(_ path: String) throws(ImportError) -> [UInt8] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError(.fileNotReadable, at: SourceLocation(file: path), "The file does not exist.")
        }
        guard !isDirectory.boolValue else {
            throw ImportError(.fileNotReadable, at: SourceLocation(file: path), "This is a folder, not a file.")
        }
        if let size = (try? fm.attributesOfItem(atPath: path))?[.size] as? NSNumber,
            size.intValue > TextDecoder.maxBytes
        {
            throw ImportError(
                .tooLarge, at: SourceLocation(file: path),
                "The file is \(size.intValue / (1024 * 1024)) MB; survey files over 64 MB are refused. Is this the right file?")
        }
        guard let data = fm.contents(atPath: path) else {
            throw ImportError(
                .fileNotReadable, at: SourceLocation(file: path), "The file cannot be read (check its permissions).")
        }
        return [UInt8](data)
    }
}

/// One input file: decoded, parsed and its layout detected.
struct SurveyFile: Sendable {
    let table: CSVTable
    let layout: DetectedLayout
    let decodingNotes: [Diagnostic]

    /// Decodes, parses and detects the layout of `bytes`.
    init(bytes: [UInt8], file: String) throws(ImportError) {
        let text = try TextDecoder.decode(bytes, file: file)
        table = try CSVReader.read(text, file: file)
        guard table.rows.count > 1 || LayoutDetector.isNumeric(table.header) else {
            throw ImportError(
                .emptyFile, at: SourceLocation(file: file, line: table.header.line),
                "The file has a header but no rows of answers.")
        }
        layout = try LayoutDetector.detect(table)
        var notes = DiagnosticCollector()
        for title in table.titleRows {
            notes.note("title-line", at: SourceLocation(file: file, line: title.line),
                "Line \(title.line) (\"\(title[0])\") looks like a title above the header and was skipped.")
        }
        if text.replacedSequences > 0 {
            notes.warn("invalid-bytes", at: SourceLocation(file: file),
                "\(text.replacedSequences) invalid byte sequence(s) in this \(text.encoding.rawValue) file were "
                    + "replaced by \u{FFFD}; check the names near them.")
        }
        if text.windows1252Bytes > 0 {
            notes.warn("mixed-encoding", at: SourceLocation(file: file, line: text.firstWindows1252Line),
                "This UTF-8 file also has \(text.windows1252Bytes) byte(s) in the Windows-1252 encoding (rows pasted "
                    + "from an older Excel file?), first on line \(text.firstWindows1252Line); they were read as "
                    + "Windows-1252 (æ, ø, å). Check the names on that line.")
        }
        decodingNotes = notes.diagnostics
    }

    /// The survey draft of this file. `knownNames` (the roster's names) help tell name columns from free
    /// text in form exports; `defaultClass` is the class of pupils when the file has no class column.
    func draft(knownNames: [String]?, defaultClass: String?) throws(ImportError) -> SurveyDraft {
        var draft: SurveyDraft
        switch layout {
        case .edgeList(let columns):
            draft = try EdgeListImporter.draft(table, columns: columns, defaultClass: defaultClass)
        case .headerlessEdgeList:
            draft = try HeaderlessEdgeList.draft(table, defaultClass: defaultClass)
        case .matrix:
            draft = try MatrixImporter.draft(table, defaultClass: defaultClass)
        case .wide:
            draft = try WideFormImporter.draft(table, knownNames: knownNames, defaultClass: defaultClass)
        case .roster:
            throw ImportError(
                .unknownLayout, at: SourceLocation(file: table.file, line: table.header.line),
                "This is a class list (roster), not survey answers. Give it with --roster together with the survey file.")
        }
        draft.diagnostics = decodingNotes + draft.diagnostics
        return draft
    }
}
