import Foundation

/// One class's line in the grade summary (`grade.csv`, `grade.json`, `index.html`): the numbers that
/// say whether a class needs attention, and where its files are.
public struct ClassSummary: Sendable, Hashable, Codable {
    /// Rank in the grade by need of attention (1 = look here first); see ``GradeRanking``.
    public var rank: Int
    /// The class name.
    public let name: String
    /// The class's folder inside the output folder.
    public let folder: String
    /// The file the class was read from.
    public let sourceFile: String
    /// Pupils and respondents (pupils who answered), and respondents / pupils.
    public let pupils: Int
    public let respondents: Int
    @ExplicitNull public var responseRate: Double?
    /// Pupils no one chose in any positive question.
    public let isolated: Int
    /// Respondents without a mutual positive tie.
    public let noMutual: Int
    /// Pupils who are isolated or have no mutual tie (each counted once): the first ranking key.
    public let needAttention: Int
    /// Coie–Dodge rejected pupils; `null` without a negative question.
    @ExplicitNull public var rejected: Int?
    /// Arc reciprocity of the positive graph; `null` without ties.
    @ExplicitNull public var reciprocity: Double?
    @ExplicitNull public var density: Double?
    /// Borgatti's fragmentation of the positive graph (see ``Fragmentation``); `null` for fewer than 2 pupils.
    @ExplicitNull public var fragmentation: Double?
    /// Weakly connected components of the positive graph (isolated pupils who chose nobody count as one each).
    public let components: Int
    /// Maximal cliques of ≥ 3 pupils in the mutual graph.
    public let subgroups: Int
    /// Leiden communities of the positive graph and their modularity Q (as in `analysis.json`).
    @ExplicitNull public var communities: Int?
    @ExplicitNull public var modularity: Double?
    /// Output files written, by kind (`analysisJson`, `pupilsCsv`, `sociogram`, `report`), relative to the output folder.
    public var files: [String: String]
    /// Outputs of this class that could not be made or written.
    public var problems: [BatchFailure]

    /// The summary of an analysed class.
    ///
    /// - Complexity: O(*n* + *m*).
    init(analysis a: ClassAnalysis, folder: String, sourceFile: String, written: [WrittenOutput]) {
        rank = 0
        name = a.network.name
        self.folder = folder
        self.sourceFile = sourceFile
        pupils = a.pupilCount
        respondents = a.respondentCount
        responseRate = a.responseRate
        isolated = a.pupils.filter { $0.flags.contains(.isolated) }.count
        noMutual = a.pupils.filter { $0.flags.contains(.noMutual) }.count
        needAttention = a.pupils.filter { $0.flags.contains(.isolated) || $0.flags.contains(.noMutual) }.count
        rejected = a.negativeQuestionUsed ? a.pupils.filter { $0.coieDodge == .rejected }.count : nil
        reciprocity = a.positiveMeasures?.reciprocity
        density = a.positiveMeasures?.density
        let parts = Fragmentation(network: a.network)
        fragmentation = parts.fragmentation
        components = parts.components
        subgroups = a.subgroups.count
        communities = a.communities?.members.count
        modularity = a.communities?.modularity
        var files: [String: String] = [:]
        var problems: [BatchFailure] = []
        for w in written {
            switch w.result {
            case .success: files[Self.key(w.kind)] = w.path
            case .failure(let e):
                problems.append(BatchFailure(className: a.network.name, stage: Self.stage(e.stage), file: w.path, message: e.message))
            }
        }
        self.files = files
        self.problems = problems
    }

    static func key(_ kind: ClassOutputFile.Kind) -> String {
        switch kind {
        case .analysisJSON: "analysisJson"
        case .pupilsCSV: "pupilsCsv"
        case .sociogram: "sociogram"
        case .report: "report"
        }
    }

    static func stage(_ s: ClassOutputError.Stage) -> BatchFailure.Stage {
        switch s {
        case .json: .json
        case .csv: .csv
        case .render: .render
        case .report: .report
        case .write: .write
        }
    }
}

/// Borgatti's fragmentation of the positive graph taken as undirected: the share of ordered pairs of
/// pupils that cannot reach each other, F = 1 − Σₖ sₖ(sₖ − 1) / (n(n − 1)) over the weakly connected
/// components of sizes sₖ (Borgatti 2006, *Computational & Mathematical Organization Theory* 12, 21–34).
/// 0 when every pupil is connected to every other through positive choices; 1 when no one chose anyone.
public struct Fragmentation: Sendable, Hashable {
    /// Weakly connected components.
    public let components: Int
    /// `nil` for fewer than two pupils.
    public let fragmentation: Double?

    /// - Complexity: O(*n* + *m* α(*n*)) with union–find.
    public init(network: ClassNetwork) {
        let n = network.count
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        let positive = Set(network.questions(ofKind: .positive))
        for nom in network.nominations where positive.contains(nom.question) {
            let a = find(nom.from), b = find(nom.to)
            if a != b { parent[a] = b }
        }
        var sizes: [Int: Int] = [:]
        for v in 0..<n { sizes[find(v), default: 0] += 1 }
        components = sizes.count
        guard n >= 2 else {
            fragmentation = nil
            return
        }
        let reachable = sizes.values.reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
        fragmentation = 1 - reachable / (Double(n) * Double(n - 1))
    }
}

/// The order of classes in the grade summary: the class that needs attention most comes first.
///
/// Keys, in order: more pupils who need attention (isolated or without a mutual tie, each pupil counted
/// once); more isolated pupils; lower reciprocity (no ties last); higher fragmentation; then the class
/// name in natural order. Counts, not shares: every such pupil is a child to follow up, whatever the
/// class size. Failed classes are not ranked.
public enum GradeRanking {
    /// A one-line description for `grade.json` and the index.
    public static let description =
        "needAttention desc, isolated desc, reciprocity asc (null last), fragmentation desc, name"

    /// `rows` in ranking order with ``ClassSummary/rank`` set (1, 2, …).
    public static func rank(_ rows: [ClassSummary]) -> [ClassSummary] {
        var sorted = rows.sorted(by: before)
        for i in sorted.indices { sorted[i].rank = i + 1 }
        return sorted
    }

    static func before(_ a: ClassSummary, _ b: ClassSummary) -> Bool {
        if a.needAttention != b.needAttention { return a.needAttention > b.needAttention }
        if a.isolated != b.isolated { return a.isolated > b.isolated }
        switch (a.reciprocity, b.reciprocity) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: break
        }
        let fa = a.fragmentation ?? 0, fb = b.fragmentation ?? 0
        if fa != fb { return fa > fb }
        let order = a.name.compare(b.name, options: [.numeric, .caseInsensitive])
        return order == .orderedSame ? a.folder < b.folder : order == .orderedAscending
    }
}
