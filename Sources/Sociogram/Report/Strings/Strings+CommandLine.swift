/// Messages of the command line (terminal only, never in a shared file).
extension Strings {
    /// After an import with warnings.
    public func importWarnings(_ count: Int) -> String {
        t(
            "\(count) advarsel\(count == 1 ? "" : "er") ved innlesing; kjør `sociogram inspect` for detaljer.",
            "\(count) warning\(count == 1 ? "" : "s") while reading; run `sociogram inspect` for details.")
    }
    /// After files were written into a folder.
    public func writtenTo(_ path: String) -> String { t("Skrevet til \(path)", "Written to \(path)") }

    /// `--pupil`/`--focus` named nobody, or several pupils; offers the closest names (codes when pseudonymised).
    public func pupilNotFound(_ error: PupilLookupError) -> String {
        if error.ambiguous {
            return t(
                "«\(error.written)» passer på flere elever; skriv id-en eller koden til den du mener: ",
                "“\(error.written)” fits several pupils; write the id or code of the one you mean: ")
                + error.closest.joined(separator: "; ") + "."
        }
        let offer = error.closest.isEmpty ? "" : t(" Nærmest: ", " Closest: ") + error.closest.joined(separator: ", ") + "."
        return t("Ingen elev heter «\(error.written)».", "No pupil is called “\(error.written)”.") + offer
            + t(" Skriv hele navnet, koden eller id-en.", " Write the whole name, the code or the id.")
    }

    /// After the report was written.
    public func reportWritten(_ path: String, size: String) -> String {
        t("Rapporten er skrevet til \(path) (\(size)).", "The report was written to \(path) (\(size)).")
    }

    /// Reminder after writing a report with names or initials.
    public var reportContainsNames: String {
        t(
            "Den inneholder opplysninger om enkeltelever: del den bare med dem som trenger den, eller lag den med --labels codes.",
            "It contains information about individual pupils: share it only with those who need it, or make it with --labels codes.")
    }

    /// After writing the code key.
    public func keyWritten(_ path: String) -> String {
        t("Kodenøkkelen er skrevet til \(path); oppbevar den atskilt fra rapporten.", "The code key was written to \(path); keep it apart from the report.")
    }
}
