import ArgumentParser
import Dispatch
import Foundation
import Sociogram
import SociogramServer
import SociogramWorkers

/// `sociogram serve`: the local web app (loopback only, a token in the address, nothing on disk).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the local web app: drop the survey file in a browser on this machine.",
        discussion: """
            Listens on 127.0.0.1 only. The first line printed is the address with a random access key; \
            every request needs it. Uploads stay in memory and are forgotten when the app stops (Ctrl-C); \
            nothing is written to disk except what you download. Diagrams are drawn in separate worker \
            processes, so a Graphviz crash costs one answer, not the app. See docs/serve.md.
            """
    )

    @Option(name: .long, help: "The port to listen on; 0 = any free port.")
    var port: Int = ServeConfiguration.defaultPort

    @Option(name: .long, help: "The loopback address to listen on (127.0.0.1, ::1 or localhost); nothing else is accepted.")
    var host: String = "127.0.0.1"

    @Flag(name: .customLong("no-open"), help: "Do not open a browser.")
    var noOpen = false

    @Option(name: .long, help: "How many diagrams are drawn at a time (worker processes).")
    var workers: Int = 2

    @OptionGroup var languageArgument: LanguageArgument

    func validate() throws {
        guard (1...8).contains(workers) else { throw ValidationError(Terminal.strings.serveWorkersRange) }
    }

    func run() throws {
        let language = try languageArgument.language()
        let strings = Strings(language)
        let configuration: ServeConfiguration
        do {
            configuration = try ServeConfiguration(host: host, port: port, language: language)
        } catch {
            throw UsageError(error.message(strings))
        }
        let pool = try RenderWorkerPool(executable: Self.ownExecutable(), processes: workers)
        let app = SociogramWebApp(configuration: configuration, renderer: pool.renderer) { line in Terminal.out(line) }
        let open = !noOpen
        let application = app.application { url in
            Terminal.out(url.absoluteString)
            Terminal.out(strings.serveRunning(url.absoluteString))
            Terminal.out(strings.serveHowToStop)
            if open && !Self.openBrowser(url) { Terminal.out(strings.serveNoBrowser) }
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await application.runService()
            } catch {
                outcome.error = "\(error)"
            }
            await pool.shutdown()
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            if error.contains(Self.addressInUse) { throw UsageError(strings.servePortInUse(port: port, host: host)) }
            throw UsageError(strings.serveCouldNotRun(host: host, port: port, error))
        }
        Terminal.out(strings.serveStopped)
    }

    /// What the system says when the port is taken (EADDRINUSE, in SwiftNIO's error).
    static let addressInUse = "Address already in use"

    /// The path of this executable (the render workers are copies of it).
    static func ownExecutable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// Opens `url` with `xdg-open` when there is a display; `false` when no browser could be started.
    static func openBrowser(_ url: URL) -> Bool {
        let env = ProcessInfo.processInfo.environment
        guard env["DISPLAY"].map({ !$0.isEmpty }) == true || env["WAYLAND_DISPLAY"].map({ !$0.isEmpty }) == true else { return false }
        let candidates = (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/xdg-open" }
        guard let opener = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        return true
    }

    /// What the server task reports back to the waiting command.
    private final class Outcome: @unchecked Sendable {
        var error: String?
    }
}
