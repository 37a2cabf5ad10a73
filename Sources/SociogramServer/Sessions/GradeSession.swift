import Sociogram

/// One grade the teacher loaded on the grade page: the uploaded class files (or the one grade file with a
/// class column) and the class list, in memory only, and the last placement made. Everything shown is
/// made from these on request, through the same library calls as `sociogram batch` and
/// `sociogram placement` on the same files.
struct GradeSession: Sendable {
    /// The class files, or one grade file.
    let files: [InMemoryFile]
    let roster: InMemoryFile?
    /// The grade's name when several files were given (a folder's name on the command line).
    let gradeName: String
    /// The last placement made, for its download.
    var placement: PlacementOutcome?

    /// The importer's options, as `batch` and `placement` read several surveys.
    func importOptions(language: Language) -> ImportOptions {
        var options = ImportOptions(language: language).forSeveralFiles()
        options.rosterUpload = roster
        return options
    }

    /// The classes, as `sociogram batch` reads the same files (one file: a grade file; several: a folder).
    func source(language: Language) throws(ImportError) -> BatchSource {
        try BatchSource.open(uploads: files, gradeName: gradeName, options: importOptions(language: language))
    }

    /// The grade summary, as `sociogram batch --diagram none --labels …` makes it, without writing anything.
    func analysis(language: Language, labels: LabelStyle) throws(ImportError) -> GradeAnalysis {
        GradeAnalysis.run(try source(language: language), options: ClassPipeline.Options(labels: labels, language: language, diagram: nil))
    }

    /// The whole grade as one network, as `sociogram placement` reads the same files.
    func grade(language: Language) throws(ImportError) -> ImportResult {
        let options = importOptions(language: language)
        if files.count == 1, let file = files.first {
            return try SurveyImporter.load(bytes: file.bytes, fileName: file.name, options: options)
        }
        return try SurveyImporter.load(uploads: files, name: gradeName, options: options)
    }
}

/// A placement made on the grade page: the request (pupils as network indices) and the result.
struct PlacementOutcome: Sendable {
    let request: PlacementRequest
    let result: PlacementResult
}
