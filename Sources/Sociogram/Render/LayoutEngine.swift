/// A Graphviz layout engine (the `-K` value).
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable, Codable {
    /// Hierarchical layout. Beautiful for small trees, but its cost explodes on dense sociograms
    /// (478 s for 250 pupils); used only for small hierarchical views.
    case dot
    /// Spring-model (stress majorisation) layout: the default for a class.
    case neato
    /// Force-directed placement; supports clusters.
    case fdp
    /// Multiscale force-directed placement for large graphs; supports clusters.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
    /// No layout: every node carries a pinned position (`pos="x,y!"`, in points) computed in Swift;
    /// Graphviz only routes the edges (`neato -n`). Used by the target and supporters views.
    case pinned

    /// The engine name Graphviz knows.
    public var graphvizName: String {
        switch self {
        case .pinned: return "nop"
        default: return rawValue
        }
    }
}
