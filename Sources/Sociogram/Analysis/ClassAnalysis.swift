/// The sociometric analysis of one class (or of a grade treated as one network): the numbers of
/// the brief's "Analysis" section, per pupil and per class. An immutable `Sendable` value.
///
/// Build it with ``init(network:options:)``; outputs (``AnalysisDocument``, ``PupilsCSV``, ``Summary``)
/// read it.
public struct ClassAnalysis: Sendable {
    public let network: ClassNetwork
    public let options: AnalysisOptions
    /// The LM question (first positive unless `--lm` chose one); `nil` when there is no positive question.
    public let lmQuestion: Int?
    /// The LL question (first negative unless `--ll` chose one); `nil` when there is none.
    public let llQuestion: Int?
    /// The positive questions whose union is the positive graph.
    public let positiveQuestions: [Int]
    /// Per pupil, in network order.
    public let pupils: [PupilAnalysis]
    /// Network numbers per question index.
    public let questionMeasures: [TieMeasures]
    /// Network numbers of the positive graph (union of the positive questions); `nil` without one.
    public let positiveMeasures: TieMeasures?
    /// Maximal cliques of ≥ 3 pupils in the mutual positive graph, largest first.
    public let subgroups: [[Int]]
    /// Leiden communities of the positive graph; `nil` without a positive question.
    public let communities: Communities?
    /// Positive ties by gender (pupils of unknown gender left out); `nil` when no gender is known.
    public let genderSplit: GroupSplit?
    /// Positive ties within and between classes; `nil` unless pupils of two or more classes are present.
    public let classSplit: GroupSplit?
    /// How the numbers were obtained, in codes (see ``AnalysisNote``).
    public let notes: [AnalysisNote]

    /// Whether a negative question was used (LL, rejected, neglected, controversial).
    public var negativeQuestionUsed: Bool { llQuestion != nil }
    /// Number of pupils.
    public var pupilCount: Int { network.count }
    /// Number of respondents.
    public var respondentCount: Int { network.pupils.lazy.filter(\.responded).count }
    /// respondents / pupils; `nil` for an empty class.
    public var responseRate: Double? {
        pupilCount > 0 ? Double(respondentCount) / Double(pupilCount) : nil
    }

    /// Analyses `network`.
    ///
    /// - Throws: ``AnalysisError`` when `--lm`/`--ll` name no question or several.
    /// - Complexity: dominated by betweenness, O(*n m*) on the positive graph (parallel); everything
    ///   else is O(*n* + *m*) or O(*n*²) for the chance model in a class. See each part.
    public init(network: ClassNetwork, options: AnalysisOptions = AnalysisOptions()) throws(AnalysisError) {
        self.network = network
        self.options = options
        let n = network.count
        var notes: [AnalysisNote] = []

        // Question roles
        let positives = network.questions(ofKind: .positive)
        positiveQuestions = positives
        let lm = try Self.question(
            options.lmQuestion, role: "LM", option: "--lm", kind: .positive, in: network, notes: &notes)
        let ll = try Self.question(
            options.llQuestion, role: "LL", option: "--ll", kind: .negative, in: network, notes: &notes)
        lmQuestion = lm
        llQuestion = ll
        if positives.isEmpty && lm == nil { notes.append(.noPositiveQuestion) }
        if ll == nil { notes.append(.noNegativeQuestion) }
        let respondents = network.pupils.lazy.filter(\.responded).count
        if respondents < n { notes.append(.nonRespondents(n - respondents)) }

        // Graphs
        let responded = network.pupils.map(\.responded)
        let graphs = Self.questionGraphs(network)
        let positiveGraph = Self.union(graphs, of: positives, nodeCount: n)
        let mutual = Self.mutualNeighbours(graphs, of: positives, nodeCount: n)
        questionMeasures = graphs.map { $0.tieMeasures(responded: responded) }
        positiveMeasures = positives.isEmpty ? nil : positiveGraph.tieMeasures(responded: responded)
        subgroups = positives.isEmpty ? [] : Cliques.maximal(adjacency: mutual, minimumSize: 3)
        let found = positives.isEmpty ? nil : WeightedGraph(symmetrising: positiveGraph).leiden(seed: options.seed)
        communities = found
        let betweenness: [Double]? =
            positives.isEmpty ? nil : (options.computeBetweenness ? positiveGraph.betweenness() : nil)
        if !positives.isEmpty && !options.computeBetweenness { notes.append(.betweennessSkipped) }
        let pageRank: [Double]? = positives.isEmpty ? nil : positiveGraph.pageRank()
        let genders = network.pupils.map { $0.gender?.rawValue }
        genderSplit = genders.contains { $0 != nil } && !positives.isEmpty
            ? GroupSplit(graph: positiveGraph, group: genders) : nil
        classSplit = network.classNames.count >= 2 && !positives.isEmpty
            ? GroupSplit(graph: positiveGraph, group: network.pupils.map(\.className)) : nil

        // Status
        let status = StatusScores(
            network: network, graphs: graphs, lm: lm, ll: ll, alpha: options.alpha, notes: &notes)
        let prosocial = Self.standardisedReceived(graphs, of: network.questions(ofKind: .prosocial), nodeCount: n)
        let influence = Self.standardisedReceived(graphs, of: network.questions(ofKind: .influence), nodeCount: n)
        let flags = Self.flags(
            network: network, positiveGraph: positiveGraph, hasPositive: !positives.isEmpty, mutual: mutual,
            coieDodge: ll == nil ? nil : status.coieDodge, options: options)

        pupils = (0..<n).map { i in
            PupilAnalysis(
                index: i, received: graphs.map { $0.inDegree(i) },
                given: responded[i] ? graphs.map { $0.outDegree(i) } : nil,
                mutual: mutual[i], lm: status.lm?[i], ll: status.ll?[i],
                zLM: status.scores?.zLM[i], zLL: ll == nil ? nil : status.scores?.zLL[i],
                zSP: ll == nil ? nil : status.scores?.zSP[i], zSI: ll == nil ? nil : status.scores?.zSI[i],
                coieDodge: ll == nil ? nil : status.coieDodge?[i],
                lmChance: status.lmChance?[i], acceptance: status.lmChance?[i].level(options.alpha),
                newcombBukowski: status.newcombBukowski?[i],
                prosocial: prosocial?[i], influence: influence?[i],
                betweenness: betweenness?[i], pageRank: pageRank?[i],
                community: found?.membership[i], flags: flags[i])
        }
        self.notes = notes
    }
}
