import Foundation
import Sociogram

/// A pool of long-lived render worker processes (``RenderWorker``: the same executable's hidden
/// `sociogram worker render`) that draw DOT text with Graphviz outside the caller's process, for the
/// web app: a crash inside Graphviz (`SIGABRT`, `SIGSEGV`) or a layout that does not end costs one
/// diagram, answered with a ``RenderWorkerError``, and a fresh worker takes the next job.
///
/// Each worker draws one diagram at a time; jobs wait in one queue, first come first served, for the
/// first free worker. Any number of tasks may call ``render(dot:format:engine:dpi:)`` at once.
///
/// For the library's synchronous code (``HTMLReport``, ``ClassPipeline``) use ``renderer`` as their
/// ``DiagramRendering``, and call that code through ``onOwnThread(_:)`` from async code.
///
/// - Complexity: per job, the Graphviz time in the worker plus about a millisecond of JSON and pipe
///   per megabyte of output (the bytes travel base64-encoded; `docs/workers.md`).
public final class RenderWorkerPool: Sendable {
    private let core: Core

    /// Starts `processes` workers: `executable` with `arguments`.
    ///
    /// - Parameters:
    ///   - executable: the `sociogram` executable (the web app passes its own path).
    ///   - arguments: what makes it a render worker.
    ///   - processes: how many diagrams are drawn at a time (at least 1).
    ///   - jobTimeout: how long one diagram may take, from when a worker gets it, before the worker is
    ///     killed and the job answered with ``RenderWorkerError/timedOut(seconds:)``.
    ///   - environment: added to this process's environment for the workers (tests use it for the
    ///     test-only fault variables of `docs/workers.md`).
    /// - Throws: ``RenderWorkerError/notExecutable(_:)`` when `executable` is not an executable file.
    public init(
        executable: URL, arguments: [String] = ["worker", "render"], processes: Int = 2,
        jobTimeout: Duration = .seconds(30), environment: [String: String] = [:]
    ) throws(RenderWorkerError) {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw .notExecutable(executable.path)
        }
        WorkerProcess.ignoreBrokenPipes()
        core = Core(
            executable: executable.path, arguments: arguments, processes: max(1, processes), jobTimeout: jobTimeout,
            environment: environment)
    }

    deinit { core.closeAll() }

    /// Lays out `dot` with `engine` and renders it as `format` in a worker: the same bytes and warnings
    /// as ``GraphvizRenderer/renderReportingWarnings(dot:format:engine:dpi:)`` in this process.
    ///
    /// - Throws: ``RenderWorkerError/render(_:)`` when Graphviz refuses the diagram;
    ///   ``RenderWorkerError/timedOut(seconds:)``, ``RenderWorkerError/crashed(_:)`` when the worker
    ///   hung or stopped; ``RenderWorkerError/cannotStart(_:)``, ``RenderWorkerError/shutDown``,
    ///   ``RenderWorkerError/cancelled`` (the calling task was cancelled while the job waited).
    public func render(dot: String, format: DiagramFormat, engine: LayoutEngine, dpi: Int?) async throws(RenderWorkerError)
        -> RenderOutput
    {
        let core = self.core
        let id = core.newID()
        let job = RenderJob(id: id, dot: dot, format: format, engine: engine, dpi: dpi)
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in core.submit(Core.Pending(job: job, continuation: continuation)) }
        } onCancel: {
            core.cancel(id)
        }
        switch result {
        case .success(let output): return output
        case .failure(let error): throw error
        }
    }

    /// Renders a ``Diagram`` with the engine it asks for.
    public func render(_ diagram: Diagram, format: DiagramFormat, dpi: Int? = nil) async throws(RenderWorkerError) -> RenderOutput {
        try await render(dot: diagram.dot, format: format, engine: diagram.engine, dpi: dpi)
    }

    /// Refuses new jobs, answers the waiting ones with ``RenderWorkerError/shutDown``, lets the
    /// workers finish the diagrams they are drawing, and returns when every worker has exited.
    public func shutdown() async {
        await core.shutdown()
    }

    /// This pool as the library's ``DiagramRendering`` (for ``ReportOptions/renderer``,
    /// ``ClassPipeline/Options/renderer``). Its calls block their thread until the diagram is drawn,
    /// so run the library code that makes them with ``onOwnThread(_:)``, not on a Swift concurrency
    /// thread (there are only as many of those as cores; blocking them all would stop the pool too).
    public var renderer: PooledDiagramRenderer { PooledDiagramRenderer(pool: self) }

    /// Runs synchronous work (e.g. `HTMLReport.make` with ``renderer``) on a thread of its own with
    /// an 8 MiB stack, and waits for it without holding a Swift concurrency thread.
    public static func onOwnThread<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Result<T, E> { () throws(E) -> T in try work() })
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        return try result.get()
    }
}

/// ``RenderWorkerPool`` as a synchronous ``DiagramRendering``: each call blocks its thread until the
/// pool has drawn the diagram (see ``RenderWorkerPool/renderer`` for where to call it from). The
/// pool's own failures become ``RenderError/workerFailed(_:)``.
public struct PooledDiagramRenderer: DiagramRendering {
    /// The pool that draws.
    public let pool: RenderWorkerPool

    public func render(dot: String, format: DiagramFormat, engine: LayoutEngine, dpi: Int?) throws(RenderError) -> RenderOutput {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let pool = self.pool
        Task.detached {
            do throws(RenderWorkerError) {
                box.result = .success(try await pool.render(dot: dot, format: format, engine: engine, dpi: dpi))
            } catch {
                box.result = .failure(error.renderError)
            }
            done.signal()
        }
        done.wait()
        switch box.result {
        case .success(let output): return output
        case .failure(let error): throw error
        case nil: throw .workerFailed(.cancelled)
        }
    }

    private final class ResultBox: @unchecked Sendable {
        var result: Result<RenderOutput, RenderError>?
    }
}
