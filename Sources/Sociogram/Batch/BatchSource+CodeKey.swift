extension BatchSource {
    /// The code↔name key of a pseudonymised batch: every pupil of every class that can be read, with
    /// the class as the batch names it (codes are made per class file, so the class tells equal codes
    /// apart). Files that cannot be read are left out; the batch reports them anyway.
    ///
    /// The classes of a folder are imported again for this (about a millisecond per class), so the key
    /// costs nothing unless it is asked for.
    ///
    /// - Complexity: O(total input size) for a folder, O(*n*) for a grade file.
    public func codeKeyRows() -> [CodeKey.Row] {
        var rows: [CodeKey.Row] = []
        for (number, unit) in units.enumerated() {
            let classes: [ClassImport]
            if case .split(let one) = unit { classes = [one] } else { classes = (try? importUnit(number)?.classes) ?? [] }
            for c in classes {
                rows += c.network.pupils.map { CodeKey.Row(code: $0.code, id: $0.id, name: $0.name, className: c.name) }
            }
        }
        return rows
    }
}
