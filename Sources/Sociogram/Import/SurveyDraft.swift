import Foundation

/// A name as written in the input, where it was written, and the class it belongs to.
struct WrittenName: Sendable {
    let text: String
    let location: SourceLocation
    /// The class the name belongs to (the class column, or the class file), when known.
    let className: String?
}

/// A question as one file asks it.
struct DraftQuestion: Sendable {
    /// `q1`, `q2`, … or the file's own label (edge lists).
    let id: String
    let text: String
    /// Whether `id` is the file's own label (kept), rather than a generated `qN` (renumbered on merge).
    let idIsLabel: Bool
}

/// A pupil a file declares: a respondent row of a form export, a row of a matrix, a chooser in an edge list.
struct DraftPupil: Sendable {
    let name: WrittenName
    var responded: Bool
    var gender: Gender?
}

/// One choice as written: declared pupil `from` wrote the name `to` for question `question`.
struct DraftNomination: Sendable {
    /// Index into ``SurveyDraft/pupils``.
    let from: Int
    let to: WrittenName
    /// Index into ``SurveyDraft/questions``.
    let question: Int
    let rank: Int?
}

/// One file read into questions, declared pupils and written nominations, before any name is resolved.
struct SurveyDraft: Sendable {
    /// The layout family, which decides how names are resolved without a roster.
    enum Family: Sendable {
        /// Form exports: respondents define the pupils; written names are matched loosely; an unknown
        /// name becomes a pupil who did not answer, with a warning; a respondent twice is an error.
        case wide
        /// Edge lists: every name is a pupil; names are matched exactly or normalised only.
        case edgeList
        /// Matrices: rows define the pupils; column names are matched loosely to rows.
        case matrix
    }

    let family: Family
    var questions: [DraftQuestion]
    var pupils: [DraftPupil]
    var nominations: [DraftNomination]
    var report: FileReport
    var diagnostics: [Diagnostic]
    /// Whether nominees may be in another class than the chooser (a grade file with a class column).
    var crossClass: Bool
    /// The earliest date in a form export's time columns (``SurveyDate``); only the day, nothing per pupil.
    var surveyDate: CalendarDay? = nil
}

/// Small helpers shared by the layout importers.
enum ImportText {
    /// The file name without folder and extension (`fixtures/7b/edges.csv` → `edges`); a zipped text
    /// file loses both extensions (`7B svar.csv.zip` → `7B svar`).
    static func stem(_ path: String) -> String {
        var url = URL(fileURLWithPath: path)
        if url.pathExtension.lowercased() == "zip",
            InputDocument.textExtensions.contains(url.deletingPathExtension().pathExtension.lowercased())
        {
            url = url.deletingPathExtension()
        }
        let last = url.deletingPathExtension().lastPathComponent
        return last.isEmpty ? path : last
    }

    /// A rank cell: empty → `nil`; a whole number ≥ 1 (`2`, `2.0`) → the number; anything else → error.
    static func rank(_ text: String, at location: SourceLocation, _ s: Strings) throws(ImportError) -> Int? {
        let t = NameKey.collapsed(text)
        if t.isEmpty { return nil }
        if let n = Int(t), n >= 1 { return n }
        if let d = Double(t.replacingOccurrences(of: ",", with: ".")), d >= 1, d == d.rounded(), d < 1e6 {
            return Int(d)
        }
        throw ImportError(.badValue, at: location, s.importBadRank(t))
    }
}
