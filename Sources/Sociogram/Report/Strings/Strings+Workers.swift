/// Texts of the worker processes (`SociogramWorkers`): why a class of `batch` or a diagram of the web
/// app was not made when its separate process stopped or took too long.
extension Strings {
    /// Seconds as the language writes them: `30`, `2,5` / `2.5`.
    func seconds(_ s: Double) -> String {
        s == s.rounded() && abs(s) < 1e9 ? String(Int(s)) : decimal(s, digits: 1)
    }

    /// A worker's end in words (`was stopped by signal 9`), for the reasons below.
    func workerEnd(exitCode: Int32?, signal: Int32?) -> String {
        if let signal { return t("ble stoppet av signal \(signal)", "was stopped by signal \(signal)") }
        return t("avsluttet med kode \(exitCode ?? -1)", "exited with code \(exitCode ?? -1)")
    }

    /// `batch`: the worker process that had this file stopped (crashed) before finishing it.
    public func batchWorkerStopped(exitCode: Int32?, signal: Int32?) -> String {
        let how = workerEnd(exitCode: exitCode, signal: signal)
        return t(
            "Arbeidsprosessen som behandlet denne filen \(how) før den ble ferdig; de andre klassene ble laget. "
                + "Kjør batch på nytt (eller `sociogram analyze` på filen) for å se feilen.",
            "The worker process handling this file \(how) before finishing it; the other classes carry on. "
                + "Run the batch again (or `sociogram analyze` on the file) to see the error.")
    }

    /// `batch`: the class did not finish within `--class-timeout`, so its worker was stopped.
    public func batchClassTimedOut(seconds limit: Double) -> String {
        t(
            "Klassen ble ikke ferdig innen \(seconds(limit)) sekunder (--class-timeout), så arbeidsprosessen ble stoppet; "
                + "de andre klassene ble laget. Kjør på nytt med høyere --class-timeout, eller `sociogram analyze` på filen.",
            "This class did not finish within \(seconds(limit)) seconds (--class-timeout), so its worker process was stopped; "
                + "the other classes carry on. Run again with a higher --class-timeout, or `sociogram analyze` on the file.")
    }

    /// Render pool: a diagram took longer than the pool allows.
    public func renderWorkerTimedOut(seconds limit: Double) -> String {
        t(
            "Diagrammet ble ikke tegnet: det tok lenger enn \(seconds(limit)) sekunder, så tegningen ble stoppet. "
                + "Prøv igjen, eventuelt med rette linjer eller færre spørsmål i diagrammet.",
            "The diagram was not drawn: it took longer than \(seconds(limit)) seconds, so drawing it was stopped. "
                + "Try again, perhaps with straight lines or fewer questions in the diagram.")
    }

    /// Render pool: the process drawing the diagram stopped (a crash inside Graphviz).
    public func renderWorkerCrashed(exitCode: Int32?, signal: Int32?) -> String {
        let how = workerEnd(exitCode: exitCode, signal: signal)
        return t(
            "Diagrammet ble ikke tegnet: prosessen som tegnet det \(how) (en feil i Graphviz, ikke i dataene dine). "
                + "Prøv igjen; skjer det igjen, meld gjerne fra om det.",
            "The diagram was not drawn: the process drawing it \(how) (a fault in Graphviz, not in your data). "
                + "Try again; if it happens again, please report it.")
    }

    /// Render pool: no worker process could be started.
    public func renderWorkerCannotStart(_ detail: String) -> String {
        t(
            "Diagrammet ble ikke tegnet: prosessen som skulle tegne det, kunne ikke startes (\(detail)).",
            "The diagram was not drawn: the process that draws diagrams could not be started (\(detail)).")
    }

    /// Render pool: the pool was shut down before the diagram was drawn.
    public var renderWorkerShutDown: String {
        t("Diagrammet ble ikke tegnet: tjenesten holder på å stenge.", "The diagram was not drawn: the service is shutting down.")
    }

    /// Render pool: the one who asked for the diagram stopped waiting for it.
    public var renderWorkerCancelled: String {
        t("Diagrammet ble ikke tegnet: forespørselen ble avbrutt.", "The diagram was not drawn: the request was cancelled.")
    }
}
