/// Collects the positive ties of a grade across its classes, to draw the grade sociogram (classes as
/// clusters) when some choices cross classes.
///
/// A grade file gives the grade network directly. A folder gives it only with a roster that assigns
/// classes (the pupils' ids are then the same in every file's import); each file adds its pupils and
/// its positive ties, by pupil id.
///
/// The result does not depend on the order in which files are added or on how they were split among
/// threads or processes: every file is added with its unit number (its place in the folder listing),
/// and collections made separately are combined with ``merge(_:)``. Pupils come in the order of the
/// first file (and place in it) that lists them; a pupil's record is the one from the last file of the
/// pupil's own class that answered, else from that first file — what adding the files one by one in
/// folder order gives.
public struct GradeTies: Sendable, Codable {
    /// Where a pupil was first listed: the file's unit number and the pupil's place in its import.
    private struct Place: Codable, Comparable {
        let unit: Int
        let position: Int
        static func < (a: Place, b: Place) -> Bool { (a.unit, a.position) < (b.unit, b.position) }
    }

    private struct Entry: Codable {
        var first: Place
        var firstRecord: Pupil
        /// The record from a file of the pupil's own class that answered, with that file's unit number.
        var ownUnit: Int?
        var ownRecord: Pupil?

        /// The record to draw.
        var record: Pupil { ownRecord ?? firstRecord }

        mutating func merge(_ other: Entry) {
            if other.first < first {
                first = other.first
                firstRecord = other.firstRecord
            }
            if let unit = other.ownUnit, unit >= (ownUnit ?? Int.min) {
                ownUnit = unit
                ownRecord = other.ownRecord
            }
        }
    }

    private var entries: [String: Entry] = [:]
    /// Positive ties as (chooser id, chosen id).
    private var arcs = Set<Arc>()

    private struct Arc: Hashable, Codable, Comparable {
        let from: String
        let to: String
        static func < (a: Arc, b: Arc) -> Bool { (a.from, a.to) < (b.from, b.to) }
    }

    /// Nothing collected yet.
    public init() {}

    /// Whether no file was added.
    public var isEmpty: Bool { entries.isEmpty }

    /// Adds one file's import: its pupils (a pupil's own class decides whether they answered) and the
    /// union of its positive questions.
    ///
    /// - Parameter unit: the file's place in the batch (``BatchSource`` unit number).
    /// - Complexity: O(*n* + *m*).
    mutating func add(_ whole: ClassNetwork, answeringClasses: Set<String>, unit: Int) {
        for (position, p) in whole.pupils.enumerated() {
            let own = p.className.map { answeringClasses.contains($0) } ?? false
            let entry = Entry(
                first: Place(unit: unit, position: position), firstRecord: p, ownUnit: own ? unit : nil, ownRecord: own ? p : nil)
            if entries[p.id] == nil { entries[p.id] = entry } else { entries[p.id]?.merge(entry) }
        }
        let positive = Set(whole.questions(ofKind: .positive))
        for nom in whole.nominations where positive.contains(nom.question) {
            arcs.insert(Arc(from: whole.pupils[nom.from].id, to: whole.pupils[nom.to].id))
        }
    }

    /// Adds what another collection holds (from another thread or process).
    ///
    /// - Complexity: O(size of `other`).
    public mutating func merge(_ other: GradeTies) {
        for (id, entry) in other.entries {
            if entries[id] == nil { entries[id] = entry } else { entries[id]?.merge(entry) }
        }
        arcs.formUnion(other.arcs)
    }

    /// The grade network with one question, "all positive questions", or `nil` when nothing was added.
    ///
    /// - Complexity: O(*n* log *n* + *m* log *m*).
    func network(name: String, language: Language) -> ClassNetwork? {
        guard !entries.isEmpty else { return nil }
        let members = entries.values.sorted { $0.first < $1.first }.map(\.record)
        var index: [String: Int] = [:]
        for (i, p) in members.enumerated() { index[p.id] = i }
        let noms = arcs.sorted().compactMap { arc -> Nomination? in
            guard let f = index[arc.from], let t = index[arc.to] else { return nil }
            return Nomination(from: f, to: t, question: 0)
        }
        let question = Question(id: "q1", text: Strings(language).gradeQuestionAllPositive, kind: .positive, kindSource: .userSet)
        return ClassNetwork(name: name, pupils: members, questions: [question], nominations: noms)
    }

    /// Positive ties between pupils of two different (known) classes.
    ///
    /// - Complexity: O(*m*).
    static func crossClassCount(_ network: ClassNetwork) -> Int {
        let positive = Set(network.questions(ofKind: .positive))
        var seen = Set<Int>()
        let n = network.count
        for nom in network.nominations where positive.contains(nom.question) {
            guard let a = network.pupils[nom.from].className, let b = network.pupils[nom.to].className, a != b else { continue }
            seen.insert(nom.from * n + nom.to)
        }
        return seen.count
    }
}
