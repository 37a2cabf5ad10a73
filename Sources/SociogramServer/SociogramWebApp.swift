import Foundation
import Hummingbird
import Logging
import NIOCore
import Sociogram
import SociogramWorkers

/// The local web app of `sociogram serve`: the page, and JSON and file endpoints that call the
/// library exactly as the command line does (import, analysis, report, suggestions, diagrams).
///
/// Listens on the loopback only; every request needs the per-run ``AccessToken``; the Host and Origin
/// checks stop DNS rebinding and cross-site requests; uploads live in memory (``SessionStore``) and
/// nothing is written to disk. Diagrams and reports are drawn through ``renderer`` — the command line
/// passes a ``RenderWorkerPool``, so a Graphviz crash costs one answer, not the app. See `docs/serve.md`.
public struct SociogramWebApp: Sendable {
    public let configuration: ServeConfiguration
    /// Draws every diagram (reports included); called off Swift's concurrency threads.
    let renderer: any DiagramRendering
    let store: SessionStore<SurveySession>
    /// The grades loaded on the grade page (``GradeSession``).
    let grades: SessionStore<GradeSession>
    let port: ListeningPort
    let log: (@Sendable (String) -> Void)?

    /// - Parameters:
    ///   - renderer: what draws the diagrams: a ``RenderWorkerPool``'s `renderer` (crash-isolated), or
    ///     ``InProcessGraphviz`` in tests.
    ///   - log: receives one line per request (`GET /path 200`, never a query string or a name).
    public init(configuration: ServeConfiguration, renderer: any DiagramRendering, log: (@Sendable (String) -> Void)? = nil) {
        self.configuration = configuration
        self.renderer = renderer
        store = SessionStore(limit: configuration.maxSessions)
        grades = SessionStore(limit: configuration.maxSessions)
        port = ListeningPort(configuration.port)
        self.log = log
    }

    /// The routes behind the access middleware.
    public func router() -> Router<ServeContext> {
        let router = Router(context: ServeContext.self)
        router.add(middleware: AccessMiddleware(token: configuration.token, port: port, language: configuration.language, log: log))
        addPageRoutes(to: router)
        addSessionRoutes(to: router)
        addAnalyzeRoute(to: router)
        addDownloadRoutes(to: router)
        addSuggestionRoutes(to: router)
        addSeatingRoutes(to: router)
        addCompareRoutes(to: router)
        addKitRoutes(to: router)
        addGradeRoutes(to: router)
        return router
    }

    /// The Hummingbird application on ``ServeConfiguration/host`` and ``ServeConfiguration/port``;
    /// `onRunning` gets the address with the token once the server listens (the real port with `--port 0`).
    public func application(onRunning: @escaping @Sendable (URL) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "sociogram-serve")
        logger.logLevel = .critical
        let port = self.port
        let host = configuration.host
        let token = configuration.token
        return Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(60))),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? port.port
                port.set(actual)
                let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
                if let url = URL(string: "http://\(shown):\(actual)/?token=\(token.value)") { await onRunning(url) }
            },
            logger: logger)
    }

    /// Runs synchronous library work (import, analysis, report, drawing) on a thread of its own, so
    /// that a large file or a slow layout never holds one of Swift's few concurrency threads.
    func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await RenderWorkerPool.onOwnThread(work)
    }
}
