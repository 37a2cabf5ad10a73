import ArgumentParser
import Sociogram

/// The `sociogram` command: subcommands only; each lives in `Commands/`.
struct SociogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sociogram",
        abstract: "Sociograms and analysis from a class peer-nomination survey (sosiogram).",
        discussion: """
            Everything runs locally: no data leaves this machine, and files are written only where you ask.
            Exit codes: 0 success, 1 finished but needs attention, 2 bad usage or bad input, 3 internal or Graphviz failure.
            """,
        version: SociogramVersion.string,
        subcommands: [
            InspectCommand.self,
            AnalyzeCommand.self,
            RenderCommand.self,
            ReportCommand.self,
            SuggestCommand.self,
            GroupsCommand.self,
            PlacementCommand.self,
            SeatingCommand.self,
            KitCommand.self,
            BatchCommand.self,
            CompareCommand.self,
            FollowCommand.self,
            ServeCommand.self,
            WorkerCommand.self,
        ]
    )
}
