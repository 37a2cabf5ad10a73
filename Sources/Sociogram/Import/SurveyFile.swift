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

/// One input file: decoded, parsed and its layout detected.
struct SurveyFile: Sendable {
    let table: CSVTable
    let layout: DetectedLayout
    let decodingNotes: [Diagnostic]
    /// The language of this file's messages.
    let strings: Strings

    /// Decodes, parses and detects the layout of `bytes`; messages are written in the language of `s`.
    init(bytes: [UInt8], file: String, _ s: Strings) throws(ImportError) {
        strings = s
        let text = try TextDecoder.decode(bytes, file: file, s)
        table = try CSVReader.read(text, file: file, s)
        guard table.rows.count > 1 || LayoutDetector.isNumeric(table.header) else {
            throw ImportError(.emptyFile, at: SourceLocation(file: file, line: table.header.line), s.importHeaderButNoRows)
        }
        layout = try LayoutDetector.detect(table, s)
        var notes = DiagnosticCollector()
        for title in table.titleRows {
            notes.note("title-line", at: SourceLocation(file: file, line: title.line), s.importTitleLine(title.line, title[0]))
        }
        if text.replacedSequences > 0 {
            notes.warn("invalid-bytes", at: SourceLocation(file: file),
                s.importInvalidBytes(text.replacedSequences, encoding: text.encoding))
        }
        if text.windows1252Bytes > 0 {
            notes.warn("mixed-encoding", at: SourceLocation(file: file, line: text.firstWindows1252Line),
                s.importMixedEncoding(text.windows1252Bytes, firstLine: text.firstWindows1252Line))
        }
        decodingNotes = notes.diagnostics
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
