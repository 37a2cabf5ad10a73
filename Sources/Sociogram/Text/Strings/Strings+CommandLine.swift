/// Messages of the command line (terminal only, never in a shared file).
extension Strings {
    /// `--lang` with a value that is none of the languages.
    public func languageOptionInvalid(_ value: String) -> String { text(.languageOptionInvalid, ["value": value]) }

    /// After an import with warnings.
    public func importWarnings(_ count: Int) -> String {
        text(.importWarnings, ["count": count])
    }
    /// After files were written into a folder.
    public func writtenTo(_ path: String) -> String { text(.writtenTo, ["path": path]) }

    /// `--pupil`/`--focus` named nobody, or several pupils; offers the closest names (codes when pseudonymised).
    public func pupilNotFound(_ error: PupilLookupError) -> String {
        if error.ambiguous {
            return text(.pupilNotFound, ["written": error.written])
                + error.closest.joined(separator: "; ") + "."
        }
        let offer = error.closest.isEmpty ? "" : text(.pupilNotFound2) + error.closest.joined(separator: ", ") + "."
        return text(.pupilNotFound3, ["written": error.written]) + offer
            + text(.pupilNotFound4)
    }

    /// After the report was written.
    public func reportWritten(_ path: String, size: String) -> String {
        text(.reportWritten, ["path": path, "size": size])
    }

    /// Reminder after writing a report with names or initials.
    public var reportContainsNames: String {
        text(.reportContainsNames)
    }

    /// After writing the code key.
    public func keyWritten(_ path: String) -> String {
        text(.keyWritten, ["path": path])
    }
}
