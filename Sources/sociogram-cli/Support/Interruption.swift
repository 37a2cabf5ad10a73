import Dispatch
import Foundation
import Sociogram

/// `SIGINT` (Ctrl-C) and `SIGTERM` while a command writes: the handler given to ``onSignal(_:)`` runs
/// on a dispatch queue (not in a signal handler, so it may take locks and remove folders), says on
/// standard error what became of the output, and the process then ends by the same signal (its parent
/// sees "killed by SIGINT/SIGTERM", as with any interrupted program).
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handler once per process; `handler` gets the signal's name (`SIGINT`, `SIGTERM`) and
    /// returns the line to print, if any.
    static func onSignal(_ handler: @escaping @Sendable (_ signalName: String) -> String?) {
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM] {
            // Ignored as a signal, delivered as an event instead (worker processes get the default back).
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if let line = handler(number == SIGINT ? "SIGINT" : "SIGTERM") { Terminal.err(line) }
                // Raised again with the default action, unblocked on this thread (libdispatch's threads
                // block the signals they watch, so a process-directed `kill` may never be delivered), so
                // the process ends by the signal; 128 + the signal (the shell's convention) otherwise.
                signal(number, SIG_DFL)
                var only = sigset_t()
                sigemptyset(&only)
                sigaddset(&only, number)
                pthread_sigmask(SIG_UNBLOCK, &only, nil)
                raise(number)
                usleep(200_000)
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// For a command that writes one folder as a whole: on a signal the hidden folder is removed and the
    /// line says that `folder` is as it was (nothing is said when the output was already in place).
    static func protect(_ staged: StagedOutput, folder: String, language: Language) {
        onSignal { [weak staged] name in
            guard let staged, staged.abandon() else { return nil }
            return Strings(language).cliInterrupted(signal: name, folder: folder)
        }
    }
}
