import Foundation

/// Reads a folder of class files as one grade (trinn).
///
/// Each `.csv`, `.txt`, `.tsv`, `.xlsx` or `.zip` file is one class, named after the file (`7A.csv` → `7A`) unless the
/// file has a class column (`.xlsm` is read as `.xlsx`). A class saved in a format that is not read (`.xls`,
/// `.ods`) is an error that says how to save it, never skipped. Hidden files, sub-folders and other file types are
/// ignored with a note.
/// Questions are unified by text (or edge-list label); names are matched within each class.
enum GradeFolderImporter {
    static let extensions: Set<String> = ["csv", "txt", "tsv", "xlsx", "zip", "xls", "xlsm", "ods"]

    /// Loads the grade in `folder`.
    ///
    /// - Complexity: O(total input size), files read one after another.
    static func load(folder: String, options: ImportOptions) throws(ImportError) -> ImportResult {
        let s = options.strings
        let listing = try GradeFolderListing(folder: folder, s)
        let (files, notes) = try surveyFiles(listing.files, notes: listing.notes, options: options) { path throws(ImportError) in
            try FileInput.read(path, s)
        }
        let name = options.className ?? URL(fileURLWithPath: folder).lastPathComponent
        return try load(files: files, name: name, at: folder, notes: notes, options: options)
    }

    /// Loads the grade in files handed over in memory (the web app's upload of several class files), as
    /// ``load(folder:options:)`` loads a folder of them; `name` is the grade's name.
    ///
    /// - Complexity: O(total input size).
    static func load(uploads: [InMemoryFile], name: String, options: ImportOptions) throws(ImportError) -> ImportResult {
        let listing = GradeUploadListing(uploads, options.strings)
        let bytes = Dictionary(listing.files.map { ($0.name, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        let (files, notes) = try surveyFiles(listing.files.map(\.name), notes: listing.notes, options: options) { name in
            bytes[name] ?? []
        }
        return try load(files: files, name: options.className ?? name, at: name, notes: notes, options: options)
    }

    /// The grade's files parsed, in order; a workbook without answers (an overview beside the class
    /// files) is left out with a note.
    private static func surveyFiles(
        _ paths: [String], notes listed: [Diagnostic], options: ImportOptions, read: (String) throws(ImportError) -> [UInt8]
    ) throws(ImportError) -> (files: [SurveyFile], notes: [Diagnostic]) {
        let s = options.strings
        var notes = DiagnosticCollector()
        notes.append(contentsOf: listed)
        var files: [SurveyFile] = []
        for path in paths {
            do throws(ImportError) {
                files.append(try SurveyFile(bytes: read(path), file: path, sheet: options.sheet, s))
            } catch where error.kind == .noAnswerSheet {
                // An overview or notes workbook beside the class files.
                notes.note("ignored-file", at: SourceLocation(file: path), s.importWorkbookWithoutAnswersIgnored)
            }
        }
        return (files, notes.diagnostics)
    }

    /// Merges `files` (the classes of a folder or of a zip archive) into one grade named `name`; `place`
    /// is the folder or archive, named when no file holds answers.
    static func load(
        files: [SurveyFile], name: String, at place: String, notes extra: [Diagnostic], options: ImportOptions
    ) throws(ImportError) -> ImportResult {
        let s = options.strings
        var notes = DiagnosticCollector()
        notes.append(contentsOf: extra)
        var roster = try options.roster()
        for f in files where f.layout == .roster {
            if roster == nil {
                roster = try RosterReader.read(f.table, s)
                notes.note("roster-in-folder", at: f.table.place(), s.importRosterInFolder)
            } else {
                notes.note("ignored-file", at: f.table.place(), s.importSecondRosterIgnored)
            }
        }
        let surveys = files.filter { $0.layout != .roster }
        guard !surveys.isEmpty else {
            throw ImportError(.emptyFile, at: SourceLocation(file: place), s.importFolderHasNoSurveys)
        }
        let known = roster?.entries.map(\.name)
        let drafts = try surveys.map { f throws(ImportError) in
            try f.draft(knownNames: known, defaultClass: ImportText.stem(f.table.file))
        }
        return try NetworkBuilder.build(drafts, name: name, roster: roster, options: options, extraDiagnostics: notes.diagnostics)
    }
}
