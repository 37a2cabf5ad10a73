import ArgumentParser
import Sociogram

/// Options shared by every command that reads a survey.
struct InputOptions: ParsableArguments {
    @Argument(help: "The survey file (Excel workbook .xlsx, CSV/TSV export, Google Forms .csv.zip, edge list or matrix), or a folder of class files.")
    var file: String

    @OptionGroup var reading: SurveyReadingOptions

    @Option(name: .customLong("class-name"), help: "The class name to use when neither the file nor the roster gives one (a file's name is never used).")
    var className: String?

    /// The roster file, if given.
    var roster: String? { reading.roster }

    /// The importer options these flags describe, with the importer's messages in `language`.
    func importOptions(language: Language) throws(ImportError) -> ImportOptions {
        var options = try reading.importOptions(language: language)
        options.className = className
        return options
    }

    /// The input paths of this run, which outputs must never overwrite.
    var inputPaths: [String] { [file] + reading.inputPaths }

    /// Reads the survey; warnings and errors are written in `language`.
    func load(language: Language) throws(ImportError) -> ImportResult {
        try SurveyImporter.load(path: file, options: try importOptions(language: language))
    }
}
