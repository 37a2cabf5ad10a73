import CGraphviz
import Foundation

/// The only code that calls the Graphviz C library.
///
/// Graphviz keeps global state (its parser, error level, plug-in tables) and is not thread-safe even
/// with one context per thread, so every call happens inside one process-wide lock, with a single
/// long-lived `GVC_t` created lazily inside it. Every graph is closed with `agclose` (and its layout
/// freed with `gvFreeLayout`) on every path, including errors, so memory stays flat over thousands of
/// renders.
///
/// Graphviz's messages never reach standard error: the library's report level is left at warnings and
/// a user error function (`agseterrf`) sends every message, including continuation lines, into a
/// buffer that belongs to the current call. This is used instead of `agseterr(AGMAX)` + `aglasterr()`
/// because `aglasterr()` returns only the last fragment of a multi-part message (and a stale one
/// when nothing new was reported) and keeps every message of the process in a growing temporary file.
/// `agreseterrors()` resets the maximum error level before each call.
enum Graphviz {
    private static let lock = NSLock()
    /// The context, created on first use inside the lock and kept for the life of the process.
    nonisolated(unsafe) private static var context: OpaquePointer?
    /// What Graphviz reported during the current call; only touched while `lock` is held.
    nonisolated(unsafe) fileprivate static var messageBuffer = ""

    /// Graphviz's messages from one call, split into errors and warnings.
    struct Messages: Sendable {
        var errors: [String] = []
        var warnings: [String] = []

        /// The errors (or, when there are none, the warnings) as one line for a ``RenderError``.
        var summary: String { (errors.isEmpty ? warnings : errors).joined(separator: " ") }
    }

    /// Parses `dot`, optionally lays it out with `engine` and renders it as `format` (a `-T` value).
    ///
    /// - Returns: the rendered bytes (empty when `format` is `nil`) and the warnings Graphviz gave.
    /// - Complexity: dominated by the layout engine; see `docs/rendering.md`.
    /// - Parameter settings: graph attributes set on the parsed graph before layout (e.g. `dpi`);
    ///   names and values are Sociogram's own constants.
    static func run(dot: String, engine: LayoutEngine?, format: String?, settings: [(String, String)] = []) throws(RenderError) -> (
        bytes: [UInt8], warnings: [String]
    ) {
        let result = try run(dot: dot, engine: engine, output: format.map { .bytes(format: $0) } ?? .none, settings: settings)
        if case .bytes(let bytes) = result.product { return (bytes, result.warnings) }
        return ([], result.warnings)
    }

    /// Lays out `dot` with `engine` and draws it with Graphviz's cairo renderer into memory, without
    /// compressing it: the caller encodes the PNG (``PNGEncoder``) after the lock is released.
    ///
    /// - Complexity: the layout plus drawing the pixels (about 5–10 ms for a class at 72–96 dpi).
    static func raster(dot: String, engine: LayoutEngine, settings: [(String, String)] = []) throws(RenderError) -> (
        image: RasterImage, warnings: [String]
    ) {
        let result = try run(dot: dot, engine: engine, output: .raster, settings: settings)
        guard case .raster(let image) = result.product else {
            throw .renderFailed(format: "png", detail: "Graphviz drew nothing.")
        }
        return (image, result.warnings)
    }

    /// What to make of the laid-out graph.
    private enum Output {
        case none
        /// `gvRenderData` with this `-T` format.
        case bytes(format: String)
        /// The raster device (``rasterDevice``).
        case raster
    }

    private enum Product {
        case none
        case bytes([UInt8])
        case raster(RasterImage)
    }

    /// The one place that holds the lock: parse, layout (unless `engine` is nil), output.
    private static func run(dot: String, engine: LayoutEngine?, output: Output, settings: [(String, String)]) throws(RenderError) -> (
        product: Product, warnings: [String]
    ) {
        lock.lock()
        defer { lock.unlock() }
        let gvc = try prepare()
        // Graphviz's lexer keeps its line count from the previous diagram the process parsed, so a syntax
        // error named the wrong line (one diagram later, "line 4" for line 3); 0 makes the first line 1.
        agreadline(0)
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .syntax(detail: takeMessages().summary)
        }
        defer { agclose(graph) }
        guard let engine else { return (.none, takeMessages().warnings) }
        if engine != .dot { avoidMultiEdgeSplines(graph) }
        for (name, value) in settings {
            name.withCString { n in
                value.withCString { v in
                    "".withCString { d in
                        _ = agsafeset(
                            UnsafeMutableRawPointer(graph), UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v),
                            UnsafeMutablePointer(mutating: d))
                    }
                }
            }
        }
        let laidOut = gvLayout(gvc, graph, engine.graphvizName)
        defer { gvFreeLayout(gvc, graph) }
        guard laidOut == 0 else {
            throw .layoutFailed(engine: engine.graphvizName, detail: takeMessages().summary)
        }
        switch output {
        case .none:
            return (.none, takeMessages().warnings)
        case .raster:
            capturedRaster = nil
            let rendered = gvRender(gvc, graph, rasterDevice, nil)
            defer { capturedRaster = nil }
            guard rendered == 0, let captured = capturedRaster else {
                throw .renderFailed(format: "png", detail: takeMessages().summary)
            }
            let background = agget(graph, strdupLiteral("bgcolor")).map { String(cString: $0).lowercased() } ?? ""
            let image = RasterImage(
                width: captured.width, height: captured.height, pixels: captured.pixels,
                onWhite: ["white", "#ffffff", "#ffffffff"].contains(background))
            return (.raster(image), takeMessages().warnings)
        case .bytes(let format):
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let rendered = gvRenderData(gvc, graph, format, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard rendered == 0, let data else {
                let messages = takeMessages()
                if messages.summary.contains("not recognized") || messages.summary.contains("unavailable") {
                    throw .unsupportedFormat(format)
                }
                throw .renderFailed(format: format, detail: messages.summary)
            }
            let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            return (.bytes(bytes), takeMessages().warnings)
        }
    }

    /// Graphviz 2.42's spline router for parallel edges (`makeMultiSpline`, used by neato, fdp, sfdp
    /// and nop with `splines=true`/`polyline`) writes past a heap block on some layouts, corrupting
    /// memory (found with valgrind on a class sociogram with its negative ties). When a graph has two
    /// edges between the same two nodes (either direction), routed splines are switched off for it:
    /// its edges are drawn straight. Sociogram's builders avoid this case; this is the safety net for
    /// any DOT text. Lock must be held.
    ///
    /// - Complexity: O(*n* + *m*).
    private static func avoidMultiEdgeSplines(_ graph: UnsafeMutablePointer<Agraph_t>) {
        let routed = agget(graph, strdupLiteral("splines")).map { String(cString: $0).lowercased() } ?? ""
        guard ["true", "spline", "polyline", "ortho", "yes", "compound"].contains(routed) else { return }
        var pairs = Set<Pair>()
        var node = agfstnode(graph)
        while let tail = node {
            var edge = agfstout(graph, tail)
            while let current = edge {
                // An out-edge's `node` is its head (`aghead` is a C macro Swift cannot import).
                if let head = current.pointee.node, !pairs.insert(Pair(tail, head)).inserted {
                    _ = agsafeset(UnsafeMutableRawPointer(graph), strdupLiteral("splines"), strdupLiteral("false"), strdupLiteral(""))
                    return
                }
                edge = agnxtout(graph, current)
            }
            node = agnxtnode(graph, tail)
        }
    }

    /// An unordered pair of nodes, by address.
    private struct Pair: Hashable {
        let low: UInt, high: UInt
        init(_ a: UnsafeMutablePointer<Agnode_t>, _ b: UnsafeMutablePointer<Agnode_t>) {
            let x = UInt(bitPattern: a), y = UInt(bitPattern: b)
            (low, high) = x < y ? (x, y) : (y, x)
        }
    }

    /// Graphviz's API takes `char *` for names it only reads or copies; a static string is safe.
    static func strdupLiteral(_ text: StaticString) -> UnsafeMutablePointer<CChar> {
        UnsafeMutableRawPointer(mutating: text.utf8Start).assumingMemoryBound(to: CChar.self)
    }

    /// Creates the context on first use and routes messages to this call's buffer. Lock must be held.
    private static func prepare() throws(RenderError) -> OpaquePointer {
        messageBuffer = ""
        agseterr(AGWARN)
        agseterrf { fragment in
            if let fragment { Graphviz.messageBuffer += String(cString: fragment) }
            return 0
        }
        _ = agreseterrors()
        if let context { return context }
        GraphvizObjectIDs.install()
        guard let created = gvContext() else {
            throw .layoutFailed(engine: "gvc", detail: "Graphviz could not create its context. " + takeMessages().summary)
        }
        context = created
        registerRasterDevice(created)
        return created
    }

    /// Splits the buffered messages into errors and warnings and empties the buffer. Lock must be held.
    private static func takeMessages() -> Messages {
        var messages = Messages()
        var current: (isError: Bool, text: String)?
        func flush() {
            guard let item = current else { return }
            let text = item.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty {
                if item.isError { messages.errors.append(text) } else { messages.warnings.append(text) }
            }
            current = nil
        }
        for line in messageBuffer.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Error: ") {
                flush()
                current = (true, String(line.dropFirst(7)))
            } else if line.hasPrefix("Warning: ") {
                flush()
                current = (false, String(line.dropFirst(9)))
            } else if let item = current {
                current = (item.isError, item.text + " " + line)
            } else {
                current = (false, String(line))
            }
        }
        flush()
        messageBuffer = ""
        return messages
    }
}
