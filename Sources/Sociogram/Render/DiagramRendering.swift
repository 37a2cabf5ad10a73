/// Something that draws DOT text: Graphviz in this process (``InProcessGraphviz``, the default
/// everywhere), or a pool of separate worker processes (`RenderWorkerPool` in the `SociogramWorkers`
/// target), where a Graphviz crash or hang costs one diagram instead of the process.
///
/// The HTML report (``ReportOptions/renderer``), the class pipeline of `batch` and its grade
/// sociogram (``ClassPipeline/Options/renderer``) draw every diagram through one of these.
/// Implementations are called from many threads at once, synchronously: a call blocks its thread
/// until the diagram is drawn.
public protocol DiagramRendering: Sendable {
    /// Lays out `dot` with `engine` and renders it as `format` (see
    /// ``GraphvizRenderer/renderReportingWarnings(dot:format:engine:dpi:)`` for the meaning of each).
    ///
    /// - Throws: ``RenderError`` when the diagram cannot be drawn.
    func render(dot: String, format: DiagramFormat, engine: LayoutEngine, dpi: Int?) throws(RenderError) -> RenderOutput
}

extension DiagramRendering {
    /// Renders a diagram with the engine it asks for; only the bytes.
    ///
    /// - Throws: ``RenderError``.
    public func render(_ diagram: Diagram, format: DiagramFormat, dpi: Int? = nil) throws(RenderError) -> [UInt8] {
        try render(dot: diagram.dot, format: format, engine: diagram.engine, dpi: dpi).bytes
    }
}

/// Graphviz's C library in this process (``GraphvizRenderer``): the default renderer.
public struct InProcessGraphviz: DiagramRendering {
    public init() {}

    public func render(dot: String, format: DiagramFormat, engine: LayoutEngine, dpi: Int?) throws(RenderError) -> RenderOutput {
        try GraphvizRenderer.renderReportingWarnings(dot: dot, format: format, engine: engine, dpi: dpi)
    }
}
