import Foundation

/// Reads a survey file (or a folder of class files) into a ``ClassNetwork``.
///
/// The layout (wide form export, edge list, matrix), encoding and delimiter are detected automatically;
/// the ``ImportReport`` says what was decided.
public enum SurveyImporter {
    /// Reads the file or folder at `path`.
    public static func load(path: String, options: ImportOptions = ImportOptions()) throws(ImportError)
        -> ImportResult
    {
        // Implemented in the importer work.
        throw ImportError(.unknownLayout, at: SourceLocation(file: path), "not implemented yet")
    }

    /// Reads a survey from bytes already in memory; `fileName` is used in messages and as default class name.
    public static func load(
        bytes: [UInt8], fileName: String, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> ImportResult {
        throw ImportError(.unknownLayout, at: SourceLocation(file: fileName), "not implemented yet")
    }
}
