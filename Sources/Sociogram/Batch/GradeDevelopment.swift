import Foundation

/// How each class of a grade developed since earlier surveys of the same grade (`batch PATH --earlier
/// DIR …`): the `development` part of `grade.json`, the "development over time" table of `index.html`
/// and `development.csv`.
///
/// Every class of the latest survey (PATH) is looked up by its class name (case and spaces aside) in
/// each earlier survey, and the surveys that have it are followed exactly as `sociogram follow` follows
/// one class (``FollowUp``): the same counts per survey, the same matching of pupils, and Jaccard
/// stability over the pupils present and answering in both surveys. Nothing is left out silently:
/// classes of the latest survey without an earlier one, classes found only earlier, class names
/// found twice in one survey and earlier files that could not be read are each listed.
///
/// The classes are ordered so that a school sees first where more pupils need attention than before
/// (``ranking``); a class that improved comes last, never hidden.
public struct GradeDevelopment: Sendable, Codable, Hashable {
    /// One survey of the grade, earliest first; the last is the batch's own input.
    public struct Survey: Sendable, Codable, Hashable {
        /// How the survey is named in the table (the folder's or file's name; made unique).
        public let label: String
        /// The folder or grade file as given.
        public let path: String
    }

    /// One class in one survey.
    public struct ClassWave: Sendable, Codable, Hashable {
        public let pupils: Int
        public let respondents: Int
        /// Pupils nobody chose or without a mutual choice, each counted once (as in the grade table).
        public let needAttention: Int
        public let isolated: Int
        public let noMutual: Int
        /// Share of positive choices that were returned; `null` without a positive question.
        @ExplicitNull public var reciprocity: Double?
    }

    /// One class over the surveys.
    public struct ClassRow: Sendable, Codable, Hashable {
        /// Place in ``GradeDevelopment/ranking`` order (1 = look here first).
        public var rank: Int
        /// The class's name in the latest survey.
        public let name: String
        /// One entry per survey of ``GradeDevelopment/surveys``; `null` where the class was not in it.
        public let waves: [ClassWave?]
        /// The positive choices from the first survey that has the class to the latest: kept, new,
        /// lost and Jaccard stability, as `compare` computes them; `null` without a positive question.
        @ExplicitNull public var overall: TieChange?
        /// Pupils in both of those surveys, pupils who joined and pupils who left.
        public let matched: Int
        public let joined: Int
        public let left: Int
        /// Latest minus first: pupils who need attention, pupils nobody chose.
        public let needAttentionChange: Int
        public let isolatedChange: Int
    }

    /// How ``classes`` are ordered.
    public static let ranking =
        "needAttentionChange desc, isolatedChange desc, overall.jaccard asc (null last), name"

    /// The surveys, earliest first; the last is the batch's input.
    public let surveys: [Survey]
    /// ``ranking``.
    public let ranking: String
    /// Classes of the latest survey found in at least one earlier survey, in ranking order.
    public let classes: [ClassRow]
    /// Classes of the latest survey found in no earlier survey.
    public let withoutEarlier: [String]
    /// Classes found in an earlier survey but not in the latest.
    public let onlyEarlier: [String]
    /// Earlier files that could not be read, class names found twice in one survey (neither is
    /// followed) and classes that could not be followed, with the place in the input.
    public let failed: [BatchFailure]
}

extension GradeDevelopment {
    /// Follows every class of `latest` through the `earlier` surveys (time order, earliest first), the
    /// classes on the available cores.
    ///
    /// Files of the latest survey that cannot be read are not listed here again: the batch reports them.
    ///
    /// - Parameters:
    ///   - options: the batch's analysis options and language; `byID` matches pupils by roster id.
    /// - Complexity: one import of every file and one ``FollowUp`` per class: O(total input size) plus
    ///   O(*w* · (*n* + *m* log *m*)) per class of *w* surveys.
    public static func build(
        latest: BatchSource, earlier: [BatchSource], options: FollowOptions
    ) -> GradeDevelopment {
        let sources = earlier + [latest]
        let labels = surveyLabels(sources.map(\.path))
        var failed: [BatchFailure] = []
        var found: [[String: ClassImport]] = []
        for (k, source) in sources.enumerated() {
            let read = classes(of: source, language: options.language)
            if k < sources.count - 1 { failed += source.unreadable + read.failed }
            failed += read.twice
            found.append(read.classes)
        }
        let latestKeys = found[found.count - 1].keys.sorted()
        let followed = latestKeys.filter { key in found.dropLast().contains { $0[key] != nil } }
        let followedSet = Set(followed)
        let table = found
        let outcomes = parallelMap(followed.count) { i in row(for: followed[i], found: table, labels: labels, options: options) }
        var rows: [ClassRow] = [], problems: [BatchFailure] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let r): rows.append(r)
            case .failure(let f): problems.append(f)
            }
        }
        let latestClasses = found[found.count - 1]
        let onlyEarlier = Set(found.dropLast().flatMap(\.keys)).subtracting(latestClasses.keys)
            .compactMap { key in found.dropLast().lazy.compactMap { $0[key]?.name }.first }
        return GradeDevelopment(
            surveys: zip(labels, sources).map { Survey(label: $0, path: $1.path) },
            ranking: ranking,
            classes: rank(rows),
            withoutEarlier: latestKeys.filter { !followedSet.contains($0) }.compactMap { latestClasses[$0]?.name },
            onlyEarlier: onlyEarlier.sorted(),
            failed: (failed + problems).sorted {
                ($0.file ?? "", $0.className ?? "", $0.message) < ($1.file ?? "", $1.className ?? "", $1.message)
            })
    }

    /// The key two surveys' classes are matched by: the name without case and extra spaces.
    static func key(_ className: String) -> String { NameKey.collapsed(className).lowercased() }

    /// A label per survey: the last component of its path, with as many parent folders as it takes to
    /// tell two apart (`høst/7-trinn`, `vår/7-trinn`), numbered when even the whole paths are alike.
    static func surveyLabels(_ paths: [String]) -> [String] {
        let parts = paths.map { path in
            URL(fileURLWithPath: path).standardizedFileURL.pathComponents.filter { $0 != "/" }
        }
        var depth = 1
        let deepest = parts.map(\.count).max() ?? 1
        func labels(_ d: Int) -> [String] { parts.map { $0.suffix(d).joined(separator: "/") } }
        while depth < deepest, Set(labels(depth)).count < paths.count { depth += 1 }
        var result = labels(depth)
        var seen: [String: Int] = [:]
        for i in result.indices {
            let n = seen[result[i], default: 0] + 1
            seen[result[i]] = n
            if n > 1 { result[i] += " (\(i + 1))" }
        }
        return result
    }

    /// Every class a survey holds, by ``key(_:)``; a name found twice is a failure for both.
    private static func classes(of source: BatchSource, language: Language) -> (classes: [String: ClassImport], failed: [BatchFailure], twice: [BatchFailure]) {
        var all: [ClassImport] = []
        var failed: [BatchFailure] = []
        for unit in 0..<source.unitCount {
            if case .split(let one) = source.units[unit] {
                all.append(one)
            } else {
                do throws(ImportError) { all += try source.importUnit(unit)?.classes ?? [] } catch { failed.append(BatchFailure(error, file: source.unitFile(unit))) }
            }
        }
        let groups = Dictionary(grouping: all) { key($0.name) }
        var classes: [String: ClassImport] = [:]
        var twice: [BatchFailure] = []
        for (k, group) in groups {
            if group.count == 1 {
                classes[k] = group[0]
            } else {
                let files = group.map { URL(fileURLWithPath: $0.sourceFile).lastPathComponent }
                twice.append(BatchFailure(
                    className: group[0].name, stage: .import, file: group[0].sourceFile,
                    message: Strings(language).developmentClassTwice(group[0].name, files: files)))
            }
        }
        return (classes, failed, twice)
    }

    /// One class followed through the surveys that have it.
    private static func row(
        for key: String, found: [[String: ClassImport]], labels: [String], options: FollowOptions
    ) -> Result<ClassRow, BatchFailure> {
        let present = found.indices.filter { found[$0][key] != nil }
        let imports = present.compactMap { found[$0][key] }
        var follow = options
        follow.labels = present.map { labels[$0] }
        follow.measureFrom = nil
        guard let latest = imports.last else {
            return .failure(BatchFailure(className: key, stage: .analysis, file: nil, message: ""))
        }
        let document: FollowDocument
        do {
            document = try FollowUp.run(
                waves: imports.map { FollowWave(network: $0.network, fileName: $0.sourceFile) }, options: follow
            ).document
        } catch {
            return .failure(BatchFailure(className: latest.name, stage: .analysis, file: latest.sourceFile, message: error.message))
        }
        let each = document.waves.map { wave in
            ClassWave(
                pupils: wave.pupils, respondents: wave.respondents,
                needAttention: Set(wave.isolated.map(\.code) + wave.noMutual.map(\.code)).count,
                isolated: wave.isolated.count, noMutual: wave.noMutual.count, reciprocity: wave.reciprocity)
        }
        var waves = [ClassWave?](repeating: nil, count: found.count)
        for (k, wave) in zip(present, each) { waves[k] = wave }
        guard let first = each.first, let last = each.last else {
            return .failure(BatchFailure(className: latest.name, stage: .analysis, file: latest.sourceFile, message: ""))
        }
        return .success(ClassRow(
            rank: 0, name: latest.name, waves: waves, overall: document.overall.positive,
            matched: document.overall.matched, joined: document.overall.joined.count, left: document.overall.left.count,
            needAttentionChange: last.needAttention - first.needAttention, isolatedChange: last.isolated - first.isolated))
    }

    /// `rows` in ``ranking`` order with ranks set.
    static func rank(_ rows: [ClassRow]) -> [ClassRow] {
        var sorted = rows.sorted { a, b in
            if a.needAttentionChange != b.needAttentionChange { return a.needAttentionChange > b.needAttentionChange }
            if a.isolatedChange != b.isolatedChange { return a.isolatedChange > b.isolatedChange }
            switch (a.overall?.jaccard, b.overall?.jaccard) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.name < b.name
            }
        }
        for i in sorted.indices { sorted[i].rank = i + 1 }
        return sorted
    }
}
