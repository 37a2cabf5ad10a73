/// Texts of ``OutputError``: why an output file or folder could not be written.
extension Strings {
    /// What went wrong (without the path, which ``OutputError/message(_:)`` puts first).
    public func outputError(_ reason: OutputError.Reason) -> String {
        switch reason {
        case .isAFile: text(.outputErrorIsAFile)
        case .folderNotEmpty(let files): text(.outputErrorFolderNotEmpty, ["files": files])
        case .cannotCreateFolder(let detail): text(.outputErrorCannotCreateFolder, ["detail": detail])
        case .unsafeName: text(.outputErrorUnsafeName)
        case .folderMissing(let folder): text(.outputErrorFolderMissing, ["folder": folder])
        case .wouldOverwriteInput: text(.outputErrorWouldOverwriteInput)
        case .cannotCreateFile(let detail): text(.outputErrorCannotCreateFile, ["detail": detail])
        case .cannotWrite(let detail): text(.outputErrorCannotWrite, ["detail": detail])
        case .cannotEncode(let detail): text(.outputErrorCannotEncode, ["detail": detail])
        case .diskFull(let detail): text(.outputErrorDiskFull, ["detail": detail])
        case .cannotReplaceFolder(let detail): text(.outputErrorCannotReplaceFolder, ["detail": detail])
        }
    }
}
