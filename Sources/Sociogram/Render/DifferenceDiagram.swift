/// Two survey waves of one class compared tie by tie, for the difference view.
///
/// The compare step builds this (it matches pupils across waves); ``init(before:after:questions:beforeLabel:afterLabel:)``
/// is a simple version that matches pupils by their stable ``Pupil/id``.
public struct DifferenceInput: Sendable, Hashable {
    /// Whether a pupil took part in both waves.
    public enum PupilStatus: String, Sendable, Hashable, Codable {
        /// In both waves.
        case stayed
        /// In the second wave only.
        case joined
        /// In the first wave only.
        case left
    }

    /// What happened to a tie between the waves.
    public enum TieStatus: String, Sendable, Hashable, Codable {
        /// Made in the second wave only.
        case new
        /// Made in the first wave only.
        case lost
        /// Made in both waves.
        case kept
    }

    /// A pupil of either wave.
    public struct Pupil: Sendable, Hashable {
        /// The display name (shown only with ``LabelStyle/names``).
        public var name: String
        /// The pseudonym code (shown with ``LabelStyle/codes``).
        public var code: String
        /// Gender when known (sets the shape).
        public var gender: Gender?
        /// Whether the pupil took part in both waves.
        public var status: PupilStatus

        public init(name: String, code: String, gender: Gender? = nil, status: PupilStatus = .stayed) {
            self.name = name
            self.code = code
            self.gender = gender
            self.status = status
        }
    }

    /// A directed tie (indices into ``pupils``).
    public struct Tie: Sendable, Hashable {
        /// Index of the chooser in ``DifferenceInput/pupils``.
        public var from: Int
        /// Index of the chosen pupil in ``DifferenceInput/pupils``.
        public var to: Int
        /// New, lost or kept.
        public var status: TieStatus

        public init(from: Int, to: Int, status: TieStatus) {
            self.from = from
            self.to = to
            self.status = status
        }
    }

    /// The class name shown in the title.
    public var className: String
    /// What the waves are called in the title, e.g. `høsten 2025` and `våren 2026`.
    public var beforeLabel: String
    /// See ``beforeLabel``.
    public var afterLabel: String
    /// Everyone in either wave.
    public var pupils: [Pupil]
    /// Every tie of either wave, once per direction.
    public var ties: [Tie]

    public init(className: String, beforeLabel: String, afterLabel: String, pupils: [Pupil], ties: [Tie]) {
        self.className = className
        self.beforeLabel = beforeLabel
        self.afterLabel = afterLabel
        self.pupils = pupils
        self.ties = ties
    }

    /// Matches pupils by ``Pupil/id`` and compares the ties of the selected questions (by question
    /// position in each wave; the default compares the union of positive questions).
    ///
    /// - Complexity: O(*n* + *m* log *m*).
    public init(
        before: ClassNetwork, after: ClassNetwork, questions: QuestionSelection = .allPositive,
        beforeLabel: String, afterLabel: String
    ) {
        var pupils: [Pupil] = []
        var index: [String: Int] = [:]
        let afterIDs = Set(after.pupils.map(\.id))
        for p in before.pupils where index[p.id] == nil {
            index[p.id] = pupils.count
            pupils.append(Pupil(name: p.name, code: p.code, gender: p.gender, status: afterIDs.contains(p.id) ? .stayed : .left))
        }
        for p in after.pupils where index[p.id] == nil {
            index[p.id] = pupils.count
            pupils.append(Pupil(name: p.name, code: p.code, gender: p.gender, status: .joined))
        }
        func pairs(_ network: ClassNetwork) -> Set<[Int]> {
            let summary = TieSummary(network, questions: network.questionIndices(for: questions))
            var out = Set<[Int]>()
            for a in 0..<network.count {
                for b in summary.choices[a] {
                    if let x = index[network.pupils[a].id], let y = index[network.pupils[b].id] { out.insert([x, y]) }
                }
            }
            return out
        }
        let old = pairs(before), new = pairs(after)
        let ties = old.union(new).sorted { $0.lexicographicallyPrecedes($1) }.map { pair in
            Tie(from: pair[0], to: pair[1], status: old.contains(pair) ? (new.contains(pair) ? .kept : .lost) : .new)
        }
        self.init(className: after.name, beforeLabel: beforeLabel, afterLabel: afterLabel, pupils: pupils, ties: ties)
    }
}

extension Sociograms {
    /// The difference view: new ties green, lost ties red dashed, kept ties black; a pair whose two
    /// directions share a status is one two-headed edge. Pupils who joined have a green outline,
    /// pupils who left are grey and dotted. Size: choices received in the second wave.
    ///
    /// - Throws: ``RenderError/invalidInput(_:)`` for a tie that refers to a pupil not in the input.
    /// - Complexity: O(*n* + *m* log *m*).
    public static func differenceDiagram(_ input: DifferenceInput, options: DiagramOptions = DiagramOptions())
        throws(RenderError) -> Diagram
    {
        let n = input.pupils.count
        for tie in input.ties where !(0..<n).contains(tie.from) || !(0..<n).contains(tie.to) || tie.from == tie.to {
            throw .invalidInput(.tieNotInComparison(number: max(tie.from, tie.to) + 1))
        }
        let network = ClassNetwork(
            name: input.className,
            pupils: input.pupils.enumerated().map {
                Sociogram.Pupil(id: "d\($0.offset)", name: $0.element.name, code: $0.element.code, gender: $0.element.gender, responded: true)
            }, questions: [], nominations: [])
        let painter = PupilPainter(network: network, options: options)
        let strings = painter.strings
        var status: [[Int]: DifferenceInput.TieStatus] = [:]
        for tie in input.ties { status[[tie.from, tie.to]] = tie.status }
        var received = Array(repeating: 0, count: n)
        for tie in input.ties where tie.status != .lost { received[tie.to] += 1 }
        var edges: [(TieSummary.Tie, DifferenceInput.TieStatus)] = []
        var parallel = false
        for key in status.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            guard let mine = status[key] else { continue }
            let back = status[[key[1], key[0]]]
            if back == mine && key[0] > key[1] { continue }
            if back != nil && back != mine { parallel = true }
            edges.append((TieSummary.Tie(from: key[0], to: key[1], mutual: back == mine), mine))
        }
        var plan = options.layout ?? .automatic(pupils: n, ties: edges.count, clusters: false)
        if parallel { plan = plan.straightened() }
        var legend = Legend(title: strings.differenceTitle(
            DOTEscaping.displayText(input.beforeLabel, maxLength: 40), DOTEscaping.displayText(input.afterLabel, maxLength: 40)))
        if !input.className.isEmpty { legend.subtitles.append(strings.className(DOTEscaping.displayText(input.className))) }
        let changes = Set(edges.map(\.1))
        if changes.contains(.new) { legend.add(.tie(.new), strings.newTie) }
        if changes.contains(.lost) { legend.add(.tie(.lost), strings.lostTie) }
        if changes.contains(.kept) { legend.add(.tie(.kept), strings.keptTie) }
        if input.pupils.contains(where: { $0.status == .joined }) {
            legend.add(.glyph("◯", color: SociogramStyle.newColor), strings.joined)
        }
        if input.pupils.contains(where: { $0.status == .left }) {
            legend.add(.fill(SociogramStyle.fillLeft, double: false, dashed: true), strings.left)
        }
        painter.legendRows(
            for: Array(0..<n), into: &legend, emphasised: Set((0..<n).filter { input.pupils[$0].status == .left }),
            size: strings.size)
        legend.footnote = strings.snapshot
        var writer = DOTWriter(graphName: "difference")
        writer.begin(plan: plan, options: options, legend: legend, strings: strings)
        for i in 0..<n {
            let emphasis: PupilPainter.Emphasis = switch input.pupils[i].status {
            case .stayed: .none
            case .joined: .joined
            case .left: .left
            }
            writer.node(PupilPainter.id(i), painter.attributes(i, received: received[i], emphasis: emphasis))
        }
        for (tie, change) in edges {
            let style: SociogramStyle.Tie = switch change {
            case .new: .new
            case .lost: .lost
            case .kept: .kept
            }
            writer.edge(tie, style: style, painter: painter)
        }
        return Diagram(dot: writer.finish(), engine: plan.engine)
    }
}
