import Foundation

/// Reads a survey file (or a folder of class files) into a ``ClassNetwork``.
///
/// The layout (wide form export, edge list, matrix), encoding and delimiter are detected automatically;
/// the ``ImportReport`` says what was decided.
///
/// Diagnostic codes (``Diagnostic/code``) the importer writes:
/// - warnings: `unmatched-name` (a name that matches nobody on the roster, or is ambiguous), `added-pupil`
///   (without a roster: a name no respondent has, added as a pupil who did not answer), `fuzzy-match`
///   (first-name or close-spelling match; a note for case/accent matches), `self-nomination`,
///   `duplicate-nomination`, `unknown-gender`, `missing-respondent-name`, `missing-from`, `missing-question`,
///   `everyone-answer` (`Alle`), `invalid-bytes`, `roster-row-without-name`;
/// - notes: `metadata-columns`, `free-text-column`, `respondent-from-form-name`, `no-answers` (a typed row
///   without answers: missing), `no-one-answer` (`Ingen`: chose nobody), `non-respondents`,
///   `question-kind-defaulted`, `question-kind-set`, `negative-dropped`, `one-question`, `column-ignored`,
///   `roster-column-ignored`, `headerless-edge-list`, `matrix-column-match`, `title-line`, `ignored-file`,
///   `roster-in-folder`, `class-not-on-roster`.
public enum SurveyImporter {
    /// The largest file the importer reads (64 MiB): larger ones are refused with ``ImportError/Kind/tooLarge``
    /// before anything is decoded. The web app refuses uploads over it the same way.
    public static let maxFileBytes = TextDecoder.maxBytes

    /// Reads the file or folder at `path`.
    ///
    /// A folder is a grade: every `.csv`, `.txt` or `.tsv` file in it is one class (named after the file
    /// unless it has a class column), merged into one network named after the folder. A roster file in
    /// the folder is used as the roster when `options.rosterPath` is not given.
    ///
    /// - Throws: ``ImportError`` naming file, line and column for anything that cannot be read.
    /// - Complexity: O(*n*) in the size of the input, plus name matching (see ``NameMatcher``).
    public static func load(path: String, options: ImportOptions = ImportOptions()) throws(ImportError)
        -> ImportResult
    {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try GradeFolderImporter.load(folder: path, options: options)
        }
        return try load(bytes: try FileInput.read(path, options.strings), fileName: path, options: options)
    }

    /// Reads a grade handed over in memory as several files (the web app's upload of one file per class),
    /// as ``load(path:options:)`` reads a folder of them: every survey file is one class, a class list
    /// among them is the roster (unless ``ImportOptions/rosterUpload`` or ``ImportOptions/rosterPath``
    /// gives one), hidden files and files that are not surveys are ignored with a note.
    ///
    /// - Parameter name: the grade's name (a folder's name on the command line).
    /// - Throws: ``ImportError`` naming file, line and column for anything that cannot be read.
    /// - Complexity: O(total input size), plus name matching.
    public static func load(uploads: [InMemoryFile], name: String, options: ImportOptions = ImportOptions()) throws(ImportError)
        -> ImportResult
    {
        try GradeFolderImporter.load(uploads: uploads, name: name, options: options)
    }

    /// Reads a survey from bytes already in memory; `fileName` is used in messages (and names the grade of
    /// an archive of class files). The class's name is `options.className`, or the one class that the
    /// class list or the file's class column gives every pupil, or empty (never the file's name).
    ///
    /// - Throws: ``ImportError`` naming file, line and column for anything that cannot be read.
    public static func load(
        bytes: [UInt8], fileName: String, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> ImportResult {
        let s = options.strings
        let files = try SurveyFile.all(bytes: bytes, file: fileName, sheet: options.sheet, s)
        guard files.count == 1, let file = files.first else {
            // A zip archive of several class files: a grade, as a folder of them would be.
            return try GradeFolderImporter.load(
                files: files, name: options.className ?? ImportText.stem(fileName), at: fileName, notes: [], options: options)
        }
        let roster = try options.roster()
        let draft = try file.draft(knownNames: roster?.entries.map(\.name), defaultClass: options.className)
        // A file's name is not a class name: without --class-name or a class column the class has no
        // name, and every title is a neutral one («Sosiogram», not «Sosiogram – svar-mars»). A folder or
        // an archive of class files is a grade named after it, as batch names each class after its file.
        let result = try NetworkBuilder.build(
            [draft], name: options.className ?? "", roster: roster, options: options)
        // Without --class-name, a class that the class list (or the file's class column) gives every
        // pupil names the class, rather than the file's name («5A», not «svar-mars»).
        let classes = result.network.classNames
        guard options.className == nil, classes.count == 1, let only = classes.first,
            result.network.pupils.allSatisfy({ $0.className == only })
        else { return result }
        return ImportResult(network: result.network.renamed(only), report: result.report, surveyDate: result.surveyDate)
    }
}
