import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Faults a test can ask a worker for through its environment, so that the tests can check how the
/// pools handle a worker that hangs or crashes, the way a Graphviz layout that never returns or a
/// crash inside Graphviz would. **Test only**: nothing in Sociogram sets these; they are documented in
/// `docs/workers.md` as test-only.
///
/// - `SOCIOGRAM_TEST_WORKER_SLEEP=LABEL=SECONDS`: a `batch` worker given the unit labelled `LABEL`
///   (its file name, e.g. `K003.csv`, or the class name of a grade file's class) sleeps `SECONDS`
///   before working on it.
/// - `SOCIOGRAM_TEST_WORKER_SLEEP_WRITTEN=LABEL=SECONDS`: the same, after the unit's class folders are
///   written and before its result is reported (a worker stopped after writing part of a class).
/// - `SOCIOGRAM_TEST_WORKER_CRASH=LABEL`: a `batch` worker given that unit aborts (`SIGABRT`).
/// - `SOCIOGRAM_TEST_PAUSE_BEFORE_COMMIT=SECONDS`: a command that writes its `--out` folder as a whole
///   (`analyze`, `compare`, `follow`, `seating`) waits `SECONDS` after the last file is written into the
///   hidden folder and before it is put in place (so a test can interrupt it there).
/// - `SOCIOGRAM_TEST_SEARCH_SECONDS=SECONDS`: the web app's class placement searches for at most
///   `SECONDS` (a debug build anneals about 30 times slower than a release build, so the browser check
///   would wait for the whole 30-s limit).
/// - `SOCIOGRAM_TEST_RENDER_FAULTS=1`: a render worker given DOT text containing
///   `sociogram-test-abort` aborts (`SIGABRT`), `sociogram-test-segfault` writes to address 8 (`SIGSEGV`), and
///   `sociogram-test-hang` sleeps for an hour.
public enum TestHooks {
    static let pauseBeforeCommitVariable = "SOCIOGRAM_TEST_PAUSE_BEFORE_COMMIT"
    static let sleepVariable = "SOCIOGRAM_TEST_WORKER_SLEEP"
    static let sleepWrittenVariable = "SOCIOGRAM_TEST_WORKER_SLEEP_WRITTEN"
    static let crashVariable = "SOCIOGRAM_TEST_WORKER_CRASH"
    static let renderFaultsVariable = "SOCIOGRAM_TEST_RENDER_FAULTS"
    static let searchSecondsVariable = "SOCIOGRAM_TEST_SEARCH_SECONDS"

    /// The time limit a test set for the web app's searches, if any.
    public static var searchSeconds: Double? {
        guard let text = ProcessInfo.processInfo.environment[searchSecondsVariable], let seconds = Double(text),
            seconds.isFinite, seconds > 0
        else { return nil }
        return seconds
    }

    /// Before a staged output folder is put in place: waits when the test asked.
    public static func beforeCommit() {
        if let text = ProcessInfo.processInfo.environment[pauseBeforeCommitVariable], let seconds = Double(text), seconds > 0 {
            Thread.sleep(forTimeInterval: seconds)
        }
    }

    /// In a batch worker, before the unit labelled `label`: sleeps or crashes when the test asked.
    static func beforeBatchUnit(label: String) {
        let environment = ProcessInfo.processInfo.environment
        if let crash = environment[crashVariable], crash == label { abort() }
        sleep(environment[sleepVariable], label: label)
    }

    /// In a batch worker, after the unit labelled `label` is written and before it is reported.
    static func beforeBatchResult(label: String) {
        sleep(ProcessInfo.processInfo.environment[sleepWrittenVariable], label: label)
    }

    /// Sleeps when `setting` (`LABEL=SECONDS`) names `label`.
    private static func sleep(_ setting: String?, label: String) {
        if let setting, let eq = setting.lastIndex(of: "="),
            String(setting[..<eq]) == label, let seconds = Double(setting[setting.index(after: eq)...]), seconds > 0
        {
            Thread.sleep(forTimeInterval: seconds)
        }
    }

    /// In a render worker, before drawing `dot`: crashes or hangs when the test asked.
    static func beforeRender(dot: String) {
        guard ProcessInfo.processInfo.environment[renderFaultsVariable] == "1" else { return }
        if dot.contains("sociogram-test-abort") { abort() }
        if dot.contains("sociogram-test-segfault") {
            // A real invalid write, as a bug in C would make (a raised SIGSEGV returns from Swift's
            // crash handler; a fault does not).
            UnsafeMutablePointer<Int>(bitPattern: 8)?.pointee = 1
        }
        if dot.contains("sociogram-test-hang") { Thread.sleep(forTimeInterval: 3600) }
    }
}
