import Foundation

/// Reads a folder of class files as one grade (trinn).
///
/// Each `.csv`, `.txt` or `.tsv` file is one class, named after the file (`7A.csv` → `7A`) unless the
/// file has a class column. Hidden files, sub-folders and other file types are ignored with a note.
/// Questions are unified by text (or edge-list label); names are matched within each class.
enum GradeFolderImporter {
    static let extensions: Set<String> = ["csv", "txt", "tsv"]

    /// Loads the grade in `folder`.
    ///
    /// - Complexity: O(total input size), files read one after another.
    static func load(folder: String, options: ImportOptions) throws(ImportError) -> ImportResult {
        let s = options.strings
        let listing = try GradeFolderListing(folder: folder, s)
        var notes = DiagnosticCollector()
        notes.append(contentsOf: listing.notes)
        let paths = listing.files
        let files = try paths.map { p throws(ImportError) in try SurveyFile(bytes: FileInput.read(p, s), file: p, s) }
        var roster = try options.rosterPath.map { p throws(ImportError) in try RosterReader.read(path: p, s) }
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
            throw ImportError(.emptyFile, at: SourceLocation(file: folder), s.importFolderHasNoSurveys)
        }
        let known = roster?.entries.map(\.name)
        let drafts = try surveys.map { f throws(ImportError) in
            try f.draft(knownNames: known, defaultClass: ImportText.stem(f.table.file))
        }
        let name = options.className ?? URL(fileURLWithPath: folder).lastPathComponent
        return try NetworkBuilder.build(drafts, name: name, roster: roster, options: options, extraDiagnostics: notes.diagnostics)
    }
}
