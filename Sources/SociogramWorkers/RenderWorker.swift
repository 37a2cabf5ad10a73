import Foundation
import Sociogram

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The worker side of ``RenderWorkerPool`` (`sociogram worker render`, hidden): reads one
/// ``RenderJob`` per line from standard input, draws it with Graphviz in this process, and answers
/// one ``RenderAnswer`` per line on standard output, one job at a time. A crash inside Graphviz ends
/// this process only; the pool answers the job and starts another worker.
public enum RenderWorker {
    /// Serves jobs until standard input closes, then returns (the caller exits with status 0). When
    /// the parent process goes away, `orphaned` is called from another thread: it must end the
    /// process (`_exit`).
    public static func serve(orphaned: @escaping @Sendable () -> Never) {
        ParentWatch.start(parent: getppid(), orphaned: orphaned)
        let channel = MessageChannel.standard
        while let line = channel.readLine() {
            guard let job = LineFraming.decode(RenderJob.self, line) else { continue }
            TestHooks.beforeRender(dot: job.dot)
            let answer: RenderAnswer
            do {
                let output = try GraphvizRenderer.renderReportingWarnings(dot: job.dot, format: job.format, engine: job.engine, dpi: job.dpi)
                answer = RenderAnswer(id: job.id, bytes: Data(output.bytes), warnings: output.warnings, error: nil)
            } catch {
                answer = RenderAnswer(id: job.id, bytes: nil, warnings: [], error: WireRenderError(error))
            }
            guard channel.send(answer) else { orphaned() }
        }
    }
}
