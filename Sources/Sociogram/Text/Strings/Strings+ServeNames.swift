/// The web app's texts about the teacher's decisions on written names (the menus of "how the file was read").
extension Strings {
    /// The first entry of a loose match's menu: keep what the matcher chose.
    public func serveNameKeep(_ pupil: String) -> String { text(.servePageNameKeep, ["pupil": pupil]) }

    /// The accessible label of a name's menu.
    public func serveNameMenuLabel(_ written: String) -> String {
        text(.servePageNameMenuLabel, ["written": importQuote(written)])
    }

    /// A decision as made: read as a pupil.
    public func serveNameDecidedPupil(_ written: String, pupil: String) -> String {
        text(.servePageNameDecidedPupil, ["written": importQuote(written), "pupil": pupil])
    }

    /// A decision as made: left out, with how many choices that leaves out.
    public func serveNameDecidedDropped(_ written: String, choices n: Int) -> String {
        text(.servePageNameDecidedDropped, ["written": importQuote(written), "n": n])
    }
}
