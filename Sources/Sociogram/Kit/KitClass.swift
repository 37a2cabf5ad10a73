/// The class a kit is made for: its name and its pupils in Norwegian alphabetical order, read from the
/// class list exactly as the other commands read a roster (CSV, workbook or zip; the same columns).
public struct KitClass: Sendable, Hashable {
    /// One pupil on the class list.
    public struct Pupil: Sendable, Hashable {
        public let name: String
        /// The roster's code, or the code the analysis would give (`E01` … in alphabetical order).
        public let code: String
        public let gender: Gender?
    }

    /// The class name: `--class`, else the class list's one class, else `nil`.
    public let name: String?
    /// The pupils, alphabetical (a–z, then æ, ø, å).
    public let pupils: [Pupil]

    /// Reads the class list at `path`; with several classes on it, `className` chooses one.
    ///
    /// - Throws: ``ImportError`` when the list cannot be read (with file, line and column), or
    ///   ``KitError`` when it does not describe one class of at least two pupils.
    public static func read(
        roster path: String, sheet: String? = nil, className: String? = nil, language: Language
    ) throws -> KitClass {
        let roster = try RosterReader.read(path: path, sheet: sheet, Strings(language))
        return try make(roster, file: path, className: className)
    }

    /// Reads a class list already in memory (an upload of the web app); `file` names it in messages.
    public static func read(
        bytes: [UInt8], file: String, sheet: String? = nil, className: String? = nil, language: Language
    ) throws -> KitClass {
        let roster = try RosterReader.read(bytes: bytes, file: file, sheet: sheet, Strings(language))
        return try make(roster, file: file, className: className)
    }

    static func make(_ roster: Roster, file: String, className wanted: String?) throws(KitError) -> KitClass {
        var entries = roster.entries
        let classes = orderedClasses(entries)
        var name = wanted.map { NameKey.collapsed($0) }.flatMap { $0.isEmpty ? nil : $0 }
        if !classes.isEmpty {
            if let chosen = name {
                let key = FormMetadata.key(chosen)
                guard let found = classes.first(where: { FormMetadata.key($0) == key }) else {
                    throw .noSuchClass(file: file, className: chosen, classes: classes)
                }
                entries = entries.filter { $0.className.map(FormMetadata.key) == key }
                name = found
            } else if classes.count == 1, entries.allSatisfy({ $0.className != nil }) {
                name = classes[0]
            } else {
                throw .severalClasses(file: file, classes: classes)
            }
        }
        guard entries.count >= 2 else { throw .tooFewPupils(file: file, count: entries.count) }
        let records = entries.indices.map { i in
            NameResolver.Record(
                name: entries[i].name, className: entries[i].className, gender: entries[i].gender, responded: false,
                rosterIndex: i, declared: nil)
        }
        let identified = PupilIdentity.assign(records, roster: Roster(entries: entries, report: roster.report, diagnostics: []))
        let keys = identified.map { NameKey.collation($0.name) }
        let order = identified.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a].lexicographicallyPrecedes(keys[b]) : identified[a].name < identified[b].name
        }
        return KitClass(
            name: name, pupils: order.map { Pupil(name: identified[$0].name, code: identified[$0].code, gender: identified[$0].gender) })
    }

    /// The classes of the list in the order they first appear.
    private static func orderedClasses(_ entries: [RosterEntry]) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for e in entries {
            guard let c = e.className, seen.insert(FormMetadata.key(c)).inserted else { continue }
            out.append(c)
        }
        return out
    }
}
