import ArgumentParser
import Sociogram

@main
struct SociogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sociogram",
        abstract: "Sociograms and analysis from a class peer-nomination survey."
    )
}
