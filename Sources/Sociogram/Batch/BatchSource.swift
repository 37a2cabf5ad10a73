import Foundation

/// One class as the batch found it: its network, the import report for its `analysis.json`, and the
/// file it came from.
public struct ClassImport: Sendable {
    /// The class name (from the roster, a class column, or the file name).
    public let name: String
    /// The class's pupils and nominations (only its own pupils).
    public let network: ClassNetwork
    /// The import report for the class's `analysis.json`.
    public let report: ImportReport
    /// The file the class was read from.
    public let sourceFile: String
}

/// Why a file or a class of a batch failed, with the place in the input when known.
public struct BatchFailure: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The step that failed.
    public enum Stage: String, Sendable, Hashable, Codable {
        case `import`, analysis, json, csv, render, report, write
        /// The worker process that handled the file stopped before finishing it (`sociogram batch --jobs`).
        case worker
    }

    /// The class, when it was known before the failure.
    @ExplicitNull public var className: String?
    public let stage: Stage
    /// The file (as given), line and column (1-based) where the problem is, when known.
    @ExplicitNull public var file: String?
    @ExplicitNull public var line: Int?
    @ExplicitNull public var column: Int?
    /// The workbook sheet of the place (absent from the JSON for text files).
    public var sheet: String?
    public let message: String

    /// A failure at a place in the input.
    public init(className: String?, stage: Stage, file: String?, line: Int? = nil, column: Int? = nil, message: String) {
        self.className = className
        self.stage = stage
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// An import error of `file`.
    init(_ error: ImportError, file: String) {
        self.init(
            className: nil, stage: .import, file: error.location?.file ?? file, line: error.location?.line,
            column: error.location?.column, message: error.message)
        sheet = error.location?.sheet
        place = error.location.flatMap { $0.sheet == nil ? nil : $0.description }
    }

    /// A workbook place as the location names it (`svar.xlsx, ark «Svar», celle C7`).
    private var place: String?

    private enum CodingKeys: String, CodingKey { case className, stage, file, line, column, sheet, message }

    /// `file:line:column: message` (leaving out what is unknown).
    public var description: String {
        let place = self.place ?? [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
        let who = className.map { "\($0): " } ?? ""
        return place.isEmpty ? who + message : "\(place): \(who)\(message)"
    }
}

/// What a batch runs over: a folder of class files (imported one by one, so a broken file stops only
/// itself) or one grade file with a class column (imported whole, then split by class).
public struct BatchSource: Sendable {
    /// One piece of work: a file to import, or a class already split off a grade file.
    enum Unit: Sendable {
        case file(String)
        /// A class file handed over in memory (the web app's upload).
        case upload(InMemoryFile)
        case split(ClassImport)
    }

    /// The grade's name: the folder's or file's name.
    public let gradeName: String
    /// The path given.
    public let path: String
    /// Whether the path is a folder of class files.
    public let isFolder: Bool
    /// What the batch decided about the folder's files (ignored files, the roster found in it) and, for a
    /// grade file, the importer's diagnostics.
    public let notes: [Diagnostic]
    /// Files that could not be read far enough to tell what they are.
    public let unreadable: [BatchFailure]
    /// The grade network (grade file only), used for the grade sociogram.
    public let gradeNetwork: ClassNetwork?
    let units: [Unit]
    let roster: Roster?
    let options: ImportOptions
    /// The whole grade file's import report (grade file only), for its name decisions.
    var gradeReport: ImportReport? = nil

    /// The number of work units (files of a folder, classes of a grade file).
    public var unitCount: Int { units.count }

    /// A unit's name for progress: the file name, or the class name of a grade file's class.
    public func unitLabel(_ unit: Int) -> String {
        switch units[unit] {
        case .file(let path): URL(fileURLWithPath: path).lastPathComponent
        case .upload(let file): file.name
        case .split(let one): one.name
        }
    }

    /// The file a unit is read from (as given).
    public func unitFile(_ unit: Int) -> String {
        switch units[unit] {
        case .file(let path): path
        case .upload(let file): file.name
        case .split(let one): one.sourceFile
        }
    }

    /// Lists a folder (reading every file once to find a roster among them) or imports a grade file.
    ///
    /// - Throws: ``ImportError`` when the folder cannot be listed, has no survey file, the roster cannot be
    ///   read, or the grade file cannot be read (one file: nothing to carry on with).
    /// - Complexity: O(total input size).
    public static func open(path: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> BatchSource {
        var options = options
        options.className = nil
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError(.fileNotReadable, at: SourceLocation(file: path), options.strings.importFileOrFolderDoesNotExist)
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        if !isDirectory.boolValue { return try gradeFile(path: path, name: name, options: options) }
        return try folder(path: path, name: URL(fileURLWithPath: path).lastPathComponent, options: options)
    }

    /// The classes of a grade handed over in memory (the web app's upload), as ``open(path:options:)``
    /// opens a path: one file is a grade file with a class column (imported whole and split by class), two
    /// or more are a folder of class files (each imported on its own, so a broken file stops only itself).
    ///
    /// - Parameter gradeName: the grade's name when several files are given (one file: its name without
    ///   the extension, as on the command line).
    /// - Throws: ``ImportError`` when the one grade file cannot be read or has no class column, no file is
    ///   a survey, or the roster cannot be read.
    /// - Complexity: O(total input size).
    public static func open(uploads: [InMemoryFile], gradeName: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> BatchSource {
        var options = options
        options.className = nil
        if uploads.count == 1, let file = uploads.first {
            let result = try SurveyImporter.load(bytes: file.bytes, fileName: file.name, options: options)
            return try gradeFile(result, path: file.name, name: ImportText.stem(file.name), options: options)
        }
        let listing = GradeUploadListing(uploads, options.strings)
        let read = Dictionary(listing.files.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return try classFiles(
            listing.files.map(\.name), listed: listing.notes, path: gradeName, name: gradeName, options: options,
            read: { name in read[name]?.bytes ?? [] }, unit: { name in read[name].map(Unit.upload) ?? .file(name) })
    }

    private static func gradeFile(path: String, name: String, options: ImportOptions) throws(ImportError) -> BatchSource {
        try gradeFile(SurveyImporter.load(path: path, options: options), path: path, name: name, options: options)
    }

    private static func gradeFile(_ result: ImportResult, path: String, name: String, options: ImportOptions) throws(ImportError) -> BatchSource {
        let network = result.network
        var notes = DiagnosticCollector()
        notes.append(contentsOf: result.report.diagnostics)
        let withoutClass = network.pupils.filter { $0.className == nil }.count
        if network.classNames.isEmpty {
            throw ImportError(.missingColumn, at: SourceLocation(file: path), options.strings.importNoClassColumn)
        }
        if withoutClass > 0 {
            notes.warn("pupil-without-class", at: SourceLocation(file: path), options.strings.importPupilsWithoutClass(withoutClass))
        }
        let units = network.splitByClass().map { cls in
            Unit.split(ClassImport(name: cls.name, network: cls, report: classReport(result.report, for: cls, keepDiagnostics: false, options.strings), sourceFile: path))
        }
        return BatchSource(
            gradeName: name, path: path, isFolder: false, notes: notes.diagnostics, unreadable: [],
            gradeNetwork: network, units: units, roster: nil, options: options, gradeReport: result.report)
    }

    private static func folder(path: String, name: String, options: ImportOptions) throws(ImportError) -> BatchSource {
        let s = options.strings
        let listing = try GradeFolderListing(folder: path, s)
        return try classFiles(
            listing.files, listed: listing.notes, path: path, name: name, options: options,
            read: { file throws(ImportError) in try FileInput.read(file, s) }, unit: Unit.file)
    }

    /// A folder's class files (or uploaded ones): each read once to find a class list among them; the
    /// others are the units, and a file that cannot be read is a failure with its place.
    private static func classFiles(
        _ files: [String], listed: [Diagnostic], path: String, name: String, options: ImportOptions,
        read: (String) throws(ImportError) -> [UInt8], unit: (String) -> Unit
    ) throws(ImportError) -> BatchSource {
        let s = options.strings
        var notes = DiagnosticCollector()
        notes.append(contentsOf: listed)
        var roster = try options.roster()
        var surveys: [String] = []
        var unreadable: [BatchFailure] = []
        for file in files {
            do throws(ImportError) {
                let parsed = try SurveyFile(bytes: read(file), file: file, sheet: options.sheet, s)
                guard parsed.layout == .roster else {
                    surveys.append(file)
                    continue
                }
                if roster == nil {
                    roster = try RosterReader.read(parsed.table, s)
                    notes.note("roster-in-folder", at: SourceLocation(file: file), s.importRosterInFolder)
                } else {
                    notes.note("ignored-file", at: SourceLocation(file: file), s.importSecondRosterIgnored)
                }
            } catch where error.kind == .noAnswerSheet {
                // An overview or notes workbook beside the class files.
                notes.note("ignored-file", at: SourceLocation(file: file), s.importWorkbookWithoutAnswersIgnored)
            } catch {
                unreadable.append(BatchFailure(error, file: file))
            }
        }
        guard !surveys.isEmpty || !unreadable.isEmpty else {
            throw ImportError(.emptyFile, at: SourceLocation(file: path), s.importFolderHasNoSurveys)
        }
        return BatchSource(
            gradeName: name, path: path, isFolder: true, notes: notes.diagnostics, unreadable: unreadable,
            gradeNetwork: nil, units: surveys.map(unit), roster: roster, options: options)
    }

    /// Imports one class file of the folder (with the folder's roster) and returns its class(es).
    ///
    /// With a roster that assigns classes, names that match nobody in the file's class are looked up in
    /// the whole grade (as the importer does for a grade file), so choices across classes are kept for the
    /// grade sociogram; the class network itself holds only the class's pupils.
    ///
    /// - Complexity: O(file size) plus name matching.
    func importFile(_ file: String) throws(ImportError) -> (classes: [ClassImport], whole: ClassNetwork) {
        try importFile(bytes: FileInput.read(file, options.strings), file: file)
    }

    /// Imports one class file's bytes (see ``importFile(_:)``); `file` names it in messages.
    func importFile(bytes: [UInt8], file: String) throws(ImportError) -> (classes: [ClassImport], whole: ClassNetwork) {
        let s = options.strings
        let stem = ImportText.stem(file)
        let result = try importWhole(bytes: bytes, file: file)
        let network = result.network
        guard roster != nil else {
            let names = network.classNames
            if names.count <= 1 {
                let name = names.first ?? stem
                return ([ClassImport(name: name, network: network.renamed(name), report: result.report, sourceFile: file)], network)
            }
            return (network.splitByClass().map { ClassImport(name: $0.name, network: $0, report: Self.classReport(result.report, for: $0, keepDiagnostics: true, s), sourceFile: file) }, network)
        }
        // With a roster the network holds every pupil on it: keep the classes that answered in this file.
        var answered = Set(network.pupils.filter(\.responded).compactMap(\.className))
        if answered.isEmpty, network.classNames.contains(stem) { answered.insert(stem) }
        if network.classNames.isEmpty {
            return ([ClassImport(name: stem, network: network.renamed(stem), report: result.report, sourceFile: file)], network)
        }
        let classes = network.classNames.filter { answered.contains($0) }.map { cls in
            network.subnetwork(name: cls, pupils: network.pupils.indices.filter { network.pupils[$0].className == cls })
        }
        return (classes.map { ClassImport(name: $0.name, network: $0, report: Self.classReport(result.report, for: $0, keepDiagnostics: true, s), sourceFile: file) }, network)
    }

    /// One class file of the folder, read with the folder's roster, before it is split into classes.
    private func importWhole(bytes: [UInt8], file: String) throws(ImportError) -> ImportResult {
        let s = options.strings
        let parsed = try SurveyFile(bytes: bytes, file: file, sheet: options.sheet, s)
        let stem = ImportText.stem(file)
        var draft = try parsed.draft(knownNames: roster?.entries.map(\.name), defaultClass: stem)
        if roster?.hasClasses == true { draft.crossClass = true }
        return try NetworkBuilder.build([draft], name: stem, roster: roster, options: options)
    }

    /// The import reports of the source's surveys, for ``ImportOptions/checkNameDecisionsUsed(by:)``:
    /// the grade file's own report, or each file of a folder read once more (only when there are name
    /// decisions; a file that cannot be read is left out, it is reported as failed anyway).
    ///
    /// - Complexity: O(total input size) with name decisions, else O(1).
    public func nameDecisionReports() -> [ImportReport] {
        guard !options.nameDecisions.isEmpty else { return [] }
        if let gradeReport { return [gradeReport] }
        return units.compactMap { unit -> ImportReport? in
            switch unit {
            case .file(let path): try? importWhole(bytes: FileInput.read(path, options.strings), file: path).report
            case .upload(let file): try? importWhole(bytes: file.bytes, file: file.name).report
            case .split: nil
            }
        }
    }

    /// The part of an import report that belongs to one class: the files, the name matches and name
    /// decisions of its pupils and (when `keepDiagnostics`) the diagnostics, with the list of
    /// non-respondents redone for the class, and the file's dropped and unknown names (a written name
    /// that is nobody's belongs to no class, so every class of the file shows it, as its diagnostic).
    static func classReport(_ report: ImportReport, for network: ClassNetwork, keepDiagnostics: Bool, _ s: Strings) -> ImportReport {
        let ids = Set(network.pupils.map(\.id))
        var diagnostics: [Diagnostic] = []
        if keepDiagnostics {
            diagnostics = report.diagnostics.filter { $0.code != "non-respondents" }
            let missing = network.pupils.filter { !$0.responded }.map(\.name)
            if !missing.isEmpty {
                diagnostics.append(Diagnostic(.note, code: "non-respondents", at: nil, s.importNonRespondents(missing)))
            }
        }
        return ImportReport(
            files: report.files, matches: report.matches.filter { ids.contains($0.pupilID) }, diagnostics: diagnostics,
            nameDecisions: report.nameDecisions.filter { $0.pupilID.map(ids.contains) ?? keepDiagnostics },
            unknownNames: keepDiagnostics ? report.unknownNames : [])
    }

    /// Imports a unit that is a file (on disk or in memory); `nil` for a class already split off a grade file.
    func importUnit(_ unit: Int) throws(ImportError) -> (classes: [ClassImport], whole: ClassNetwork)? {
        switch units[unit] {
        case .file(let path): try importFile(path)
        case .upload(let file): try importFile(bytes: file.bytes, file: file.name)
        case .split: nil
        }
    }
}
