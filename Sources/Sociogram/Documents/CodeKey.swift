/// The code↔name key of a pseudonymised run, written only to the file the user names, separately from
/// the shareable outputs.
public enum CodeKey {
    /// One line of the key.
    public struct Row: Sendable, Hashable {
        public var code: String
        public var id: String
        public var name: String
        /// The pupil's class, empty when unknown.
        public var className: String

        public init(code: String, id: String, name: String, className: String) {
            self.code = code
            self.id = id
            self.name = name
            self.className = className
        }
    }

    /// `code;id;name;class` rows in the same dialect as `pupils.csv` (UTF-8 with BOM, `;`), sorted by code.
    public static func csv(_ network: ClassNetwork, dialect: PupilsCSV.Dialect = .excelNordic) -> String {
        csv(rows: network.pupils.map { Row(code: $0.code, id: $0.id, name: $0.name, className: $0.className ?? "") }, dialect: dialect)
    }

    /// The key for any set of pupils (a comparison, a grade), sorted by class, then code.
    ///
    /// - Complexity: O(*n* log *n*).
    public static func csv(rows: [Row], dialect: PupilsCSV.Dialect = .excelNordic) -> String {
        var lines = [PupilsCSV.row(["code", "id", "name", "class"], dialect)]
        for r in rows.sorted(by: { ($0.className, $0.code) < ($1.className, $1.code) }) {
            lines.append(PupilsCSV.row([r.code, r.id, r.name, r.className], dialect))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
