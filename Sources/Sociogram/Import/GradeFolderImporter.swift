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
        let fm = FileManager.default
        let entries: [String]
        do {
            entries = try fm.contentsOfDirectory(atPath: folder)
        } catch {
            throw ImportError(.fileNotReadable, at: SourceLocation(file: folder), "The folder cannot be read.")
        }
        var notes = DiagnosticCollector()
        var paths: [String] = []
        for name in entries.sorted(by: { $0.compare($1, options: [.numeric, .caseInsensitive]) == .orderedAscending }) {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isDirectory)
            if name.hasPrefix(".") {
                notes.note("ignored-file", at: SourceLocation(file: path), "Hidden file ignored.")
            } else if isDirectory.boolValue {
                notes.note("ignored-file", at: SourceLocation(file: path), "Sub-folder ignored (only the files directly in the folder are read).")
            } else if !extensions.contains((name as NSString).pathExtension.lowercased()) {
                notes.note("ignored-file", at: SourceLocation(file: path), "Not a .csv, .txt or .tsv file; ignored.")
            } else {
                paths.append(path)
            }
        }
        let files = try paths.map { p throws(ImportError) in try SurveyFile(bytes: FileInput.read(p), file: p) }
        var roster = try options.rosterPath.map { p throws(ImportError) in try RosterReader.read(path: p) }
        for f in files where f.layout == .roster {
            if roster == nil {
                roster = try RosterReader.read(f.table)
                notes.note("roster-in-folder", at: SourceLocation(file: f.table.file), "This file is a class list and is used as the roster.")
            } else {
                notes.note("ignored-file", at: SourceLocation(file: f.table.file), "A second roster in the folder is ignored.")
            }
        }
        let surveys = files.filter { $0.layout != .roster }
        guard !surveys.isEmpty else {
            throw ImportError(.emptyFile, at: SourceLocation(file: folder), "The folder has no survey files (.csv, .txt or .tsv).")
        }
        let known = roster?.entries.map(\.name)
        let drafts = try surveys.map { f throws(ImportError) in
            try f.draft(knownNames: known, defaultClass: ImportText.stem(f.table.file))
        }
        let name = options.className ?? URL(fileURLWithPath: folder).lastPathComponent
        return try NetworkBuilder.build(drafts, name: name, roster: roster, options: options, extraDiagnostics: notes.diagnostics)
    }
}
