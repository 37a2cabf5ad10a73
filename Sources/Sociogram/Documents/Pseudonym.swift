/// Helpers for pseudonymised output (`--labels codes`): nothing name-derived may pass through.
public enum Pseudonym {
    /// A diagnostic safe for pseudonymised output: the message (which may quote a written name) is
    /// replaced by a neutral description of its code; code and location stay.
    public static func diagnostic(_ d: Diagnostic, pseudonymised: Bool, language: Language = .en) -> Diagnostic {
        guard pseudonymised else { return d }
        return Diagnostic(d.severity, code: d.code, at: d.location, Strings(language).diagnosticHidden(d.code))
    }

    /// A file report safe for pseudonymised output: column headers are survey questions, not names,
    /// and are kept; the respondent column header is kept too.
    public static func fileReport(_ f: FileReport, pseudonymised: Bool) -> FileReport { f }
}
