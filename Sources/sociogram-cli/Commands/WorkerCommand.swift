import ArgumentParser
import Foundation
import Sociogram
import SociogramWorkers

/// `sociogram worker render` (hidden): a render worker of ``RenderWorkerPool``, started by the web
/// app; reads jobs on standard input and answers on standard output (`docs/workers.md`). Not for people.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Worker processes started by Sociogram itself (not for direct use).",
        shouldDisplay: false,
        subcommands: [Render.self]
    )

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render", abstract: "Draw diagrams sent as JSON lines on standard input (not for direct use).")

        func run() throws {
            RenderWorker.serve(orphaned: { _exit(Terminal.Status.failure.rawValue) })
        }
    }
}
