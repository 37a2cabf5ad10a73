/// Bytes Graphviz produced, with the warnings it gave while producing them.
public struct RenderOutput: Sendable, Hashable {
    /// The file content (PNG, SVG, PDF or DOT).
    public let bytes: [UInt8]
    /// Graphviz's warnings, e.g. about an attribute value it ignored. Sociogram's own diagrams give none.
    public let warnings: [String]

    /// Output made elsewhere (another ``DiagramRendering``, e.g. a worker process).
    public init(bytes: [UInt8], warnings: [String]) {
        self.bytes = bytes
        self.warnings = warnings
    }
}

/// Draws DOT text with the Graphviz C library, in-process and thread-safely.
///
/// All calls are serialised behind one process-wide lock (Graphviz is not thread-safe), so several
/// threads may call these functions at once; they simply take turns.
public enum GraphvizRenderer {
    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// For ``DiagramFormat/dot`` the text is checked by Graphviz's parser and returned unchanged (it
    /// names its engine in `layout=…`); use ``positionedDOT(dot:engine:)`` for coordinates.
    ///
    /// - Throws: ``RenderError`` when Graphviz rejects the text, cannot lay it out or cannot write it.
    /// - Complexity: dominated by the layout engine; see `docs/rendering.md` for measured times.
    ///
    /// - Parameter dpi: resolution of a PNG (Graphviz's default is 96). PNG time and size grow with the
    ///   pixel count. Ignored for other formats.
    ///
    /// A PNG is drawn by Graphviz's cairo renderer inside the Graphviz lock (``raster(dot:engine:dpi:)``)
    /// and compressed by ``PNGEncoder`` after the lock is released, so parallel callers compress in
    /// parallel; the pixels are the ones `png:cairo` would give.
    public static func render(dot: String, format: DiagramFormat, engine: LayoutEngine, dpi: Int? = nil)
        throws(RenderError) -> [UInt8]
    {
        try renderReportingWarnings(dot: dot, format: format, engine: engine, dpi: dpi).bytes
    }

    /// Like ``render(dot:format:engine:dpi:)``, and also returns Graphviz's warnings.
    public static func renderReportingWarnings(dot: String, format: DiagramFormat, engine: LayoutEngine, dpi: Int? = nil)
        throws(RenderError) -> RenderOutput
    {
        if format == .dot {
            let result = try Graphviz.run(dot: dot, engine: nil, format: nil)
            return RenderOutput(bytes: Array(dot.utf8), warnings: result.warnings)
        }
        if format == .png {
            // Drawn inside the Graphviz lock, compressed outside it (see `PNGEncoder`).
            let drawn = try Graphviz.raster(dot: dot, engine: engine, settings: dpiSetting(dpi))
            return RenderOutput(bytes: try PNGEncoder.encode(drawn.image), warnings: drawn.warnings)
        }
        let result = try Graphviz.run(dot: dot, engine: engine, format: format.graphvizFormat)
        return RenderOutput(bytes: result.bytes, warnings: result.warnings)
    }

    /// Lays out `dot` and draws it into memory without compressing it: the part of a PNG render that
    /// holds the Graphviz lock. ``PNGEncoder/encode(_:level:)`` makes the PNG file from it (what
    /// ``render(dot:format:engine:dpi:)`` does for ``DiagramFormat/png``), on any thread.
    ///
    /// - Throws: ``RenderError`` when Graphviz rejects the text or cannot lay it out or draw it.
    /// - Complexity: the layout plus about 10 ms per megapixel of drawing.
    public static func raster(dot: String, engine: LayoutEngine, dpi: Int? = nil) throws(RenderError) -> RasterImage {
        try Graphviz.raster(dot: dot, engine: engine, settings: dpiSetting(dpi)).image
    }

    /// The graph attribute for a PNG resolution (clamped to 24–600).
    private static func dpiSetting(_ dpi: Int?) -> [(String, String)] {
        dpi.map { [("dpi", String(min(max($0, 24), 600)))] } ?? []
    }

    /// The diagram laid out by `engine`, as DOT with every node's `pos` and every edge's spline
    /// (Graphviz's `-Tdot` output). Coordinates are in points, y pointing up.
    public static func positionedDOT(dot: String, engine: LayoutEngine) throws(RenderError) -> String {
        let result = try Graphviz.run(dot: dot, engine: engine, format: "dot")
        return String(decoding: result.bytes, as: UTF8.self)
    }

    /// Checks that Graphviz's parser accepts `dot`, without laying it out.
    public static func validate(dot: String) throws(RenderError) {
        _ = try Graphviz.run(dot: dot, engine: nil, format: nil)
    }
}
