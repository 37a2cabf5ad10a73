import Foundation

/// Reading files from disk with the importer's limits.
enum FileInput {
    /// The bytes of the file at `path`.
    ///
    /// Throws `.fileNotReadable` (missing, a folder, no permission) or `.tooLarge` (over 64 MB, checked
    /// before reading).
    static func read(_ path: String, _ s: Strings) throws(ImportError) -> [UInt8] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError(.fileNotReadable, at: SourceLocation(file: path), s.importFileDoesNotExist)
        }
        guard !isDirectory.boolValue else {
            throw ImportError(.fileNotReadable, at: SourceLocation(file: path), s.importIsAFolder)
        }
        let size = ((try? fm.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        if size > TextDecoder.maxBytes { throw tooLarge(path, bytes: size, s) }
        // POSIX reads rather than `FileManager.contents(atPath:)`: the limit then also holds for files
        // whose size the file system does not know (a pipe, `/dev/stdin`), and Foundation's reader
        // leaks its buffer for an empty file (found by LeakSanitizer).
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ImportError(.fileNotReadable, at: SourceLocation(file: path), s.importFileNotReadable) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw ImportError(.fileNotReadable, at: SourceLocation(file: path), s.importFileNotReadable)
            }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > TextDecoder.maxBytes { throw tooLarge(path, bytes: bytes.count, s) }
        }
        return bytes
    }

    private static func tooLarge(_ path: String, bytes: Int, _ s: Strings) -> ImportError {
        ImportError(.tooLarge, at: SourceLocation(file: path), s.importFileTooLarge(megabytes: bytes / (1024 * 1024)))
    }
}

/// One input file: decoded (or read from its workbook sheet), parsed and its layout detected.
struct SurveyFile: Sendable {
    let table: CSVTable
    let layout: DetectedLayout
    let decodingNotes: [Diagnostic]
    /// The language of this file's messages.
    let strings: Strings

    init(table: CSVTable, layout: DetectedLayout, notes: [Diagnostic], _ s: Strings) {
        self.table = table
        self.layout = layout
        decodingNotes = notes
        strings = s
    }

    /// Reads `bytes` of one file: a text file, a workbook (the sheet `sheet`, or the one sheet that
    /// looks like answers, see ``WorkbookSheetChoice``) or a zip archive holding one text file. Messages
    /// are written in the language of `s`.
    init(bytes: [UInt8], file: String, sheet: String? = nil, _ s: Strings) throws(ImportError) {
        let files = try Self.all(bytes: bytes, file: file, sheet: sheet, s)
        guard files.count == 1, let only = files.first else {
            throw ImportError(.unknownLayout, at: SourceLocation(file: file), s.archiveSeveralFiles(files.map { $0.table.archiveEntry ?? $0.table.file }))
        }
        self = only
    }

    /// Reads `bytes` as ``init(bytes:file:sheet:_:)`` does, except that a zip archive of several text files
    /// gives one file for each (named `archive.zip/7A.csv`), in archive order.
    static func all(bytes: [UInt8], file: String, sheet: String? = nil, _ s: Strings) throws(ImportError) -> [SurveyFile] {
        switch try InputDocument.open(bytes, file: file, language: s.language) {
        case .text(let bytes, let entry):
            return [try text(bytes, file: file, entry: entry, s)]
        case .workbook(let workbook):
            let choice = try WorkbookSheetChoice(workbook, sheet: sheet, s)
            return [SurveyFile(table: choice.table, layout: choice.layout, notes: choice.notes, s)]
        case .textFiles(let files):
            var out: [SurveyFile] = []
            for f in files { out.append(try text(f.bytes, file: "\(file)/\(f.name)", entry: nil, s)) }
            return out
        }
    }

    /// Decodes, parses and detects the layout of text `bytes`.
    private static func text(_ bytes: [UInt8], file: String, entry: String?, _ s: Strings) throws(ImportError) -> SurveyFile {
        let text = try TextDecoder.decode(bytes, file: file, s)
        var table = try CSVReader.read(text, file: file, s)
        table.archiveEntry = entry
        let layout = try detect(table, s)
        var notes = DiagnosticCollector()
        if let entry { notes.note("archive-entry", at: SourceLocation(file: file), s.archiveEntryUsed(entry)) }
        for title in table.titleRows {
            notes.note("title-line", at: table.place(line: title.line), s.importTitleLine(title.line, title[0]))
        }
        if text.replacedSequences > 0 {
            notes.warn("invalid-bytes", at: SourceLocation(file: file),
                s.importInvalidBytes(text.replacedSequences, encoding: text.encoding))
        }
        if text.windows1252Bytes > 0 {
            notes.warn("mixed-encoding", at: SourceLocation(file: file, line: text.firstWindows1252Line),
                s.importMixedEncoding(text.windows1252Bytes, firstLine: text.firstWindows1252Line))
        }
        return SurveyFile(table: table, layout: layout, notes: notes.diagnostics, s)
    }

    /// The layout of a parsed table that has data (or is a headerless numeric edge list).
    static func detect(_ table: CSVTable, _ s: Strings) throws(ImportError) -> DetectedLayout {
        guard table.rows.count > 1 || LayoutDetector.isNumeric(table.header) else {
            throw ImportError(.emptyFile, at: table.place(line: table.header.line), s.importHeaderButNoRows)
        }
        return try LayoutDetector.detect(table, s)
    }

    /// The survey draft of this file. `knownNames` (the roster's names) help tell name columns from free
    /// text in form exports; `defaultClass` is the class of pupils when the file has no class column.
    func draft(knownNames: [String]?, defaultClass: String?) throws(ImportError) -> SurveyDraft {
        var draft: SurveyDraft
        switch layout {
        case .edgeList(let columns):
            draft = try EdgeListImporter.draft(table, columns: columns, defaultClass: defaultClass, strings)
        case .headerlessEdgeList:
            draft = try HeaderlessEdgeList.draft(table, defaultClass: defaultClass, strings)
        case .matrix:
            draft = try MatrixImporter.draft(table, defaultClass: defaultClass, strings)
        case .wide:
            draft = try WideFormImporter.draft(table, knownNames: knownNames, defaultClass: defaultClass, strings)
        case .roster:
            throw ImportError(
                .unknownLayout, at: table.place(line: table.header.line), strings.importRosterGivenAsSurvey)
        }
        draft.diagnostics = decodingNotes + draft.diagnostics
        return draft
    }
}
