/// The layout the importer recognised in a file.
public enum InputLayout: String, Sendable, Hashable, Codable {
    /// One row per respondent, one column per choice (`… [Valg 1]`, `… - valg 2`, `Choice 3`).
    case wideColumnPerChoice
    /// One row per respondent, several names in one cell (`Kari;Ola;` or `Kari, Ola`).
    case wideNamesInCell
    /// `from,to,question[,rank]`.
    case edgeList
    /// A square sociomatrix with names in the first row and column.
    case matrix
    /// A roster file (`name`/`id`, `code`, `gender`, `class`).
    case roster
}

/// The text encoding the importer decided on.
public enum TextEncodingName: String, Sendable, Hashable, Codable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case windows1252 = "Windows-1252"
    /// UTF-16 little-endian with a byte-order mark (Excel's "Unicode text" export, tab-separated).
    case utf16LE = "UTF-16LE"
    /// UTF-16 big-endian with a byte-order mark.
    case utf16BE = "UTF-16BE"
    /// An Excel workbook (`.xlsx`: XML in UTF-8, no delimiter).
    case workbook = "xlsx"
}

/// A column the importer did not use, and why.
public struct DroppedColumn: Sendable, Hashable, Codable {
    public enum Reason: String, Sendable, Hashable, Codable {
        /// Form metadata: ID, start/completion time, e-mail, name of the form filler, timestamps.
        case metadata
        /// Free-text answers that are not names of classmates: never imported.
        case freeText
        /// An empty column (no header and no values).
        case empty
    }
    public let header: String
    public let column: Int
    public let reason: Reason

    public init(header: String, column: Int, reason: Reason) {
        self.header = header
        self.column = column
        self.reason = reason
    }
}

/// What the importer decided about one file.
public struct FileReport: Sendable, Hashable, Codable {
    public let file: String
    public let layout: InputLayout
    public let encoding: TextEncodingName
    /// The field delimiter, as a printable string (`;`, `,`, `tab`).
    public let delimiter: String
    /// Whether a `sep=` first line set the delimiter.
    public let delimiterFromSepLine: Bool
    /// Data rows read (header and blank rows not counted).
    public let rows: Int
    /// The column holding the respondent's name, when the layout has one.
    public let respondentColumn: String?
    public let droppedColumns: [DroppedColumn]
    /// The workbook sheet read (workbooks only; absent from the JSON for text files).
    public var sheet: String?
    /// The workbook's other sheets, which were not read (workbooks only).
    public var skippedSheets: [String]?
    /// The file read inside a zip archive (a Google Forms `.csv.zip`; absent otherwise).
    public var archiveEntry: String?

    public init(
        file: String, layout: InputLayout, encoding: TextEncodingName, delimiter: String,
        delimiterFromSepLine: Bool, rows: Int, respondentColumn: String?, droppedColumns: [DroppedColumn],
        sheet: String? = nil, skippedSheets: [String]? = nil, archiveEntry: String? = nil
    ) {
        self.sheet = sheet
        self.skippedSheets = skippedSheets
        self.archiveEntry = archiveEntry
        self.file = file
        self.layout = layout
        self.encoding = encoding
        self.delimiter = delimiter
        self.delimiterFromSepLine = delimiterFromSepLine
        self.rows = rows
        self.respondentColumn = respondentColumn
        self.droppedColumns = droppedColumns
    }
}

/// How a written name was matched to a pupil.
public enum MatchMethod: String, Sendable, Hashable, Codable {
    /// Identical after Unicode NFC.
    case exact
    /// Equal ignoring case, extra whitespace and diacritics (`ase` = `Åse` is *not* this; see ``closeSpelling``).
    case normalised
    /// The written name is a first name that only one pupil has.
    case firstName
    /// A unique pupil whose name is a small edit away (typo).
    case closeSpelling
}

/// One decision of the name matcher that was not an exact match.
public struct NameMatch: Sendable, Hashable, Codable {
    /// The name as the respondent wrote it.
    public let written: String
    /// The id of the pupil it was matched to.
    public let pupilID: String
    /// The pupil's name (for the teacher's own view; never written in pseudonymised outputs).
    public let pupilName: String
    public let method: MatchMethod
    /// How many times this written form occurred.
    public let occurrences: Int
    /// The first place it occurred.
    public let location: SourceLocation?

    public init(
        written: String, pupilID: String, pupilName: String, method: MatchMethod, occurrences: Int,
        location: SourceLocation?
    ) {
        self.written = written
        self.pupilID = pupilID
        self.pupilName = pupilName
        self.method = method
        self.occurrences = occurrences
        self.location = location
    }
}

/// Everything `inspect` tells: per file what was decided, every non-exact name match, and all diagnostics.
public struct ImportReport: Sendable, Hashable, Codable {
    public let files: [FileReport]
    /// Non-exact matches (exact matches are not listed).
    public let matches: [NameMatch]
    public let diagnostics: [Diagnostic]
    /// The user's name decisions as applied (each also has a note in ``diagnostics``, which is what
    /// `analysis.json` carries).
    public var nameDecisions: [AppliedNameDecision] = []
    /// Written names that matched nobody, in order of first occurrence (the diagnostics say it in words).
    public var unknownNames: [UnknownName] = []

    private enum CodingKeys: String, CodingKey { case files, matches, diagnostics }

    public init(
        files: [FileReport], matches: [NameMatch], diagnostics: [Diagnostic],
        nameDecisions: [AppliedNameDecision] = [], unknownNames: [UnknownName] = []
    ) {
        self.files = files
        self.matches = matches
        self.diagnostics = diagnostics
        self.nameDecisions = nameDecisions
        self.unknownNames = unknownNames
    }
}

/// A survey read into a network, with the report of how it was read.
public struct ImportResult: Sendable {
    public let network: ClassNetwork
    public let report: ImportReport
    /// The day the survey was taken, from a form export's own time columns (the earliest date in them;
    /// no time of day, nothing per pupil); `nil` for files without such columns.
    public let surveyDate: CalendarDay?

    public init(network: ClassNetwork, report: ImportReport, surveyDate: CalendarDay? = nil) {
        self.network = network
        self.report = report
        self.surveyDate = surveyDate
    }
}
