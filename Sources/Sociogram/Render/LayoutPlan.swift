/// A layout engine with the graph settings that go with it.
///
/// Layout cost grows very fast with size and with spline routing (the brief measured `dot` at 478 s
/// and `neato` with `splines=true` at 65 s on 250 pupils and 750 ties). ``automatic(pupils:ties:clusters:)``
/// picks a plan by size from the measurements in `docs/rendering.md`.
public struct LayoutPlan: Sendable, Hashable {
    /// The engine.
    public let engine: LayoutEngine
    /// A short name for benchmarks and documentation, e.g. `neato+splines`.
    public let name: String
    /// Graph attributes written into the DOT text (`name`, DOT source of the value).
    let settings: [Setting]

    struct Setting: Sendable, Hashable {
        let name: String
        let value: String
    }

    init(engine: LayoutEngine, name: String, _ settings: [(String, String)]) {
        self.engine = engine
        self.name = name
        self.settings = settings.map { Setting(name: $0.0, value: $0.1) }
    }

    /// `neato` (stress majorisation) with node overlap removed and curved edges routed around nodes:
    /// the most readable picture, affordable for a class. `overlap_scaling=-2` starts the overlap removal
    /// from a layout scaled to twice the average node size instead of the default spread-out one: the
    /// picture is about a third smaller, so it prints larger on A4 (names ≥ 9 pt, `docs/report.md`).
    public static let neatoSplines = LayoutPlan(
        engine: .neato, name: "neato+splines",
        [("overlap", "false"), ("overlap_scaling", "-2"), ("splines", "true"), ("sep", "\"+6\""), ("esep", "\"+3\"")])
    /// `neato` with overlap removed and straight edges (no spline routing).
    public static let neatoStraight = LayoutPlan(
        engine: .neato, name: "neato+lines",
        [("overlap", "false"), ("overlap_scaling", "-2"), ("splines", "false"), ("sep", "\"+6\"")])
    /// `sfdp` (multiscale force-directed) with overlap removed and straight edges: for large graphs.
    public static let sfdpStraight = LayoutPlan(
        engine: .sfdp, name: "sfdp+lines",
        [("overlap", "prism"), ("overlap_scaling", "3"), ("splines", "false"), ("sep", "\"+10\"")])
    /// `fdp` with straight edges; draws clusters.
    public static let fdpStraight = LayoutPlan(
        engine: .fdp, name: "fdp+lines", [("overlap", "false"), ("splines", "false"), ("sep", "\"+10\"")])
    /// `fdp` with routed splines; draws clusters.
    public static let fdpSplines = LayoutPlan(
        engine: .fdp, name: "fdp+splines", [("overlap", "false"), ("splines", "true"), ("sep", "\"+10\"")])
    /// Hierarchical `dot`. Only for comparison: far too slow on dense sociograms.
    public static let hierarchical = LayoutPlan(engine: .dot, name: "dot", [])
    /// Positions computed in Swift and pinned (`pos="x,y!"` in points); Graphviz draws straight edges.
    public static let pinned = LayoutPlan(engine: .pinned, name: "pinned", [("splines", "false")])

    /// Every plan the benchmark compares.
    public static let all: [LayoutPlan] = [neatoSplines, neatoStraight, sfdpStraight, fdpStraight, fdpSplines, hierarchical]

    /// The plan for a diagram of this size: routed splines while they are cheap, straight edges above.
    ///
    /// - Parameters:
    ///   - pupils: nodes in the diagram.
    ///   - ties: edges in the diagram (a mutual pair counts once).
    ///   - clusters: whether the diagram has clusters (classes, groups), which only `fdp` and `dot` draw.
    public static func automatic(pupils: Int, ties: Int, clusters: Bool) -> LayoutPlan {
        if clusters { return pupils <= Thresholds.clusterSplinesMaxPupils ? fdpSplines : fdpStraight }
        if pupils <= Thresholds.splinesMaxPupils && ties <= Thresholds.splinesMaxTies { return neatoSplines }
        return pupils <= Thresholds.neatoMaxPupils ? neatoStraight : sfdpStraight
    }

    /// The plan for a diagram of this size with straight edges only: the engines of
    /// ``automatic(pupils:ties:clusters:)`` without spline routing, which is most of a class diagram's
    /// layout time (about 12 ms instead of 250 ms for 28 pupils). The batch default for class sociograms
    /// (`docs/batch-and-compare.md`); `analyze`, `render` and `report` keep the automatic plan.
    ///
    /// - Parameters:
    ///   - pupils: nodes in the diagram.
    ///   - clusters: whether the diagram has clusters, which only `fdp` draws.
    public static func straightEdges(pupils: Int, clusters: Bool) -> LayoutPlan {
        if clusters { return fdpStraight }
        return pupils <= Thresholds.neatoMaxPupils ? neatoStraight : sfdpStraight
    }

    /// Size limits, from the measurements in `docs/rendering.md`.
    ///
    /// Spline routing costs 0.13 s of layout at 28 pupils, 1.0 s at 60 and 46 s at 250, so it is used
    /// up to a large class (40 pupils, 160 ties: about 0.35 s). Without splines, `neato` lays out 150
    /// pupils in 0.14 s; above that `sfdp` is about twice as fast (0.09 s against 0.19 s at 250) and
    /// scales further. With clusters, `fdp` is the engine that draws them; its splines cost 74 s at 250.
    enum Thresholds {
        static let splinesMaxPupils = 40
        static let splinesMaxTies = 160
        static let neatoMaxPupils = 150
        static let clusterSplinesMaxPupils = 40
    }

    /// The same plan with straight edges. Used when a diagram has two edges between the same pupils
    /// (a positive tie one way, a negative tie the other): Graphviz 2.42's router for such parallel
    /// edges corrupts memory (see `Graphviz.avoidMultiEdgeSplines`).
    func straightened() -> LayoutPlan {
        guard settings.contains(where: { $0.name == "splines" && $0.value != "false" }) else { return self }
        let kept = settings.map { $0.name == "splines" ? ($0.name, "false") : ($0.name, $0.value) }
        return LayoutPlan(engine: engine, name: name + " (straight)", kept.filter { $0.0 != "esep" })
    }

    /// The DOT graph attributes of this plan, with the seed for a deterministic start.
    func attributes(seed: Int) -> [(String, DOTValue)] {
        var out: [(String, DOTValue)] = [("layout", .keyword(engine.graphvizName))]
        out += settings.map { ($0.name, DOTValue(source: $0.value)) }
        if engine == .neato || engine == .fdp || engine == .sfdp { out.append(("start", .number(Double(seed)))) }
        return out
    }
}
