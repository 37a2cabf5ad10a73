/// The code↔name key of a pseudonymised run, written only to the file the user names, separately from
/// the shareable outputs.
public enum CodeKey {
    /// `code;id;name;class` rows in the same dialect as `pupils.csv` (UTF-8 with BOM, `;`), sorted by code.
    public static func csv(_ network: ClassNetwork, dialect: PupilsCSV.Dialect = .excelNordic) -> String {
        var lines = [PupilsCSV.row(["code", "id", "name", "class"], dialect)]
        for p in network.pupils.sorted(by: { $0.code < $1.code }) {
            lines.append(PupilsCSV.row([p.code, p.id, p.name, p.className ?? ""], dialect))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
