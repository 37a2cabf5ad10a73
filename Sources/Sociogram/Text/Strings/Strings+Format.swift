import Foundation

/// Numbers, dates and lists in the language's format.
extension Strings {
    /// A decimal number with `digits` decimals: `0,42` in bokmål, `0.42` in English; negative numbers
    /// with a true minus sign (`−0,97`), and never `−0,00`.
    public func decimal(_ x: Double, digits: Int = 2) -> String {
        guard x.isFinite else { return "–" }
        var s = String(format: "%.\(max(0, digits))f", abs(x))
        if norwegian { s = s.replacingOccurrences(of: ".", with: ",") }
        let isZero = !s.contains { $0 != "0" && $0 != "," && $0 != "." }
        return x < 0 && !isZero ? "\u{2212}" + s : s
    }

    /// A share as a whole percentage: `92 %` in bokmål (with a no-break space, as Norwegian writes it),
    /// `92%` in English.
    public func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        let value = Int((share * 100).rounded())
        return text(.percent, ["value": value])
    }

    /// A calendar date: `24.11.2026` in bokmål, `24 November 2026` in English.
    public func date(_ day: CalendarDay) -> String {
        if norwegian { return String(format: "%02d.%02d.%04d", day.day, day.month, day.year) }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let month = (1...12).contains(day.month) ? months[day.month - 1] : String(day.month)
        return "\(day.day) \(month) \(day.year)"
    }

    /// The word before the last item of a list in running text, with its spaces: ` og ` / ` and `.
    var listAnd: String { text(.listAnd) }

    /// A list in running text: `A, B og C` / `A, B and C`; an empty list gives `–`.
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "–"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + text(.listAnd) + (items.last ?? "")
        }
    }

    /// A file size for people: `312 kB` (`312 kB` in both languages; decimals in the language's format).
    public func fileSize(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) B" }
        if bytes < 1_000_000 { return "\(Int((Double(bytes) / 1000).rounded())) kB" }
        return decimal(Double(bytes) / 1_000_000, digits: 1) + " MB"
    }
}

/// A day in the calendar (no time, no time zone): the survey date, the report date.
public struct CalendarDay: Sendable, Hashable, Codable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2026-11-24` (ISO 8601) or `24.11.2026` (Norwegian); `nil` for anything else or an
    /// impossible date.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        let nor = t.split(separator: ".", omittingEmptySubsequences: false)
        let parts: [Int]
        if iso.count == 3, iso[0].count == 4 {
            parts = iso.compactMap { Int($0) }
        } else if nor.count == 3, nor[2].count == 4 {
            parts = [nor[2], nor[1], nor[0]].compactMap { Int($0) }
        } else {
            return nil
        }
        guard parts.count == 3 else { return nil }
        let (y, m, d) = (parts[0], parts[1], parts[2])
        guard (1...12).contains(m), d >= 1, d <= CalendarDay.days(inMonth: m, year: y), y >= 1900, y <= 9999 else {
            return nil
        }
        self.init(year: y, month: m, day: d)
    }

    /// The day `date` falls on in `timeZone` (default: the machine's).
    public init(_ date: Date, timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    /// ISO 8601, `2026-11-24`.
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
