import Foundation

/// The day a survey was taken, read from a form export's own time columns (Microsoft Forms'
/// `Starttidspunkt`/`Fullføringstidspunkt`, `Start time`/`Completion time`; Google Forms'
/// `Tidsmerke`/`Timestamp`).
///
/// Only the earliest *date* of the whole file is kept: it names the survey (a default wave label for
/// `sociogram follow`). No time of day and nothing per pupil is kept; the columns themselves stay
/// metadata and are never imported.
enum SurveyDate {
    /// Header keys (``FormMetadata/key(_:)``) of the columns that hold when an answer was given.
    static let timeHeaders: Set<String> = [
        "starttidspunkt", "fullføringstidspunkt", "start time", "completion time", "tidsmerke", "timestamp",
        "tidsstempel",
    ]

    /// The earliest date in the table's time columns; `nil` when there are none or no cell reads as a date.
    ///
    /// - Complexity: O(*r*) for *r* rows.
    static func earliest(in table: CSVTable, columns: [Int]) -> CalendarDay? {
        var best: CalendarDay? = nil
        for row in table.body {
            for j in columns {
                guard let d = day(row[j]) else { continue }
                if best.map({ d < $0 }) ?? true { best = d }
            }
        }
        return best
    }

    /// The date part of a timestamp as the tools write it: `10.03.2025 08:10:00` (Norwegian),
    /// `2025-03-10 08:10:00` (ISO, and how the workbook reader writes date cells), `2025/03/10 8:10:00`
    /// (Google Forms), `3/10/2025 8:10:00 AM` (US English: month first; day first when the first number
    /// is above 12). `nil` for anything else or an impossible date.
    static func day(_ text: String) -> CalendarDay? {
        let first = text.split(whereSeparator: { $0 == " " || $0 == "T" || $0 == "," }).first.map(String.init) ?? ""
        if let d = CalendarDay(parsing: first) { return d }
        let parts = first.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let ymd: (Int, Int, Int)
        if a >= 1000 {
            ymd = (a, b, c)
        } else if c >= 1000 {
            ymd = a > 12 ? (c, b, a) : (c, a, b)
        } else {
            return nil
        }
        return CalendarDay(parsing: String(format: "%04d-%02d-%02d", ymd.0, ymd.1, ymd.2))
    }
}
