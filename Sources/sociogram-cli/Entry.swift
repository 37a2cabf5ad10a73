import ArgumentParser
import Foundation
import Sociogram

/// Process entry point: runs the command and maps every error to the brief's exit codes.
@main
enum Entry {
    static func main() {
        do {
            var command = try SociogramCommand.parseAsRoot()
            try command.run()
        } catch {
            Terminal.exit(for: error)
        }
    }
}
