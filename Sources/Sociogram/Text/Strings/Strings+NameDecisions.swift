/// The importer's texts about the user's name decisions (`--name`, `--drop-name`, the web app's menus).
extension Strings {
    /// A bad `--name` argument.
    func importNameOptionSyntax(_ argument: String) -> String {
        text(.importNameOptionSyntax, ["argument": importQuote(argument)])
    }

    /// A decision names a pupil who is not in the class list.
    func importNameDecisionNoPupil(_ written: String, pupil: String) -> String {
        text(.importNameDecisionNoPupil, ["written": importQuote(written), "pupil": importQuote(pupil)])
    }

    /// A decision names a pupil by a name several pupils share.
    func importNameDecisionAmbiguous(_ written: String, pupil: String, candidates: [String]) -> String {
        text(
            .importNameDecisionAmbiguous,
            ["written": importQuote(written), "pupil": importQuote(pupil), "candidates": importList(candidates, quoted: false)])
    }

    /// A decision about a name none of the `files` surveys of a command writes.
    func importNameDecisionInNoFile(_ written: String, files: Int) -> String {
        text(.importNameDecisionInNoFile, ["written": importQuote(written), "n": files])
    }

    /// A decision about a name the files never write.
    func importNameDecisionNotWritten(_ written: String) -> String {
        text(.importNameDecisionNotWritten, ["written": importQuote(written)])
    }

    /// The note of an applied `--name` decision.
    func importNameDecisionRead(_ written: String, as pupil: String, times n: Int) -> String {
        text(.importNameDecisionRead, ["written": importQuote(written), "pupil": pupil, "n": n])
    }

    /// The note of a `--drop-name` decision about a respondent's name: the answer row is not used.
    func importNameDecisionDroppedRow(_ written: String, rows n: Int) -> String {
        text(.importNameDecisionDroppedRow, ["written": importQuote(written), "n": n])
    }

    /// The note of an applied `--drop-name` decision: how many choices were left out.
    func importNameDecisionDropped(_ written: String, choices n: Int) -> String {
        text(.importNameDecisionDropped, ["written": importQuote(written), "n": n])
    }
}
