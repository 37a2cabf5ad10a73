/// Texts for a run stopped by a signal (`SIGINT`, `SIGTERM`) and for a batch resumed with `--resume`.
extension Strings {
    /// A command that writes a folder as a whole was stopped: the folder is as it was.
    public func cliInterrupted(signal: String, folder: String) -> String {
        text(.cliInterrupted, ["signal": signal, "folder": folder])
    }

    /// A batch was stopped after `done` of `total` units; the class folders are whole, `--resume` finishes.
    public func batchInterrupted(signal: String, done: Int, total: Int, folder: String) -> String {
        text(.batchInterrupted, ["signal": signal, "done": done, "total": total, "folder": folder])
    }

    /// A batch run with `--resume` found `done` of `total` units finished by an earlier run.
    public func batchResuming(folder: String, done: Int, total: Int) -> String {
        text(.batchResuming, ["folder": folder, "done": done, "total": total])
    }
}
