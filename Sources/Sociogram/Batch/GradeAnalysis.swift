import Foundation

/// A grade analysed in memory, as `sociogram batch --diagram none` analyses it, without writing anything:
/// the web app's grade page. Every class is imported and analysed on its own (a file that cannot be read
/// or a class that cannot be analysed is a failure with its place, and the others carry on); the classes
/// get the folder names the batch would give them and are ranked as the batch ranks them, so
/// ``summary`` is the batch's `grade.json` for the same files and options, except that no class has
/// written files (``ClassSummary/files`` is empty).
public struct GradeAnalysis: Sendable {
    /// The grade summary (`grade.json`, `grade.csv`).
    public let summary: GradeSummary
    /// The grade's pupils and positive choices across classes, when choices can cross classes (a grade
    /// file, or class files with a roster that assigns classes): what the grade sociogram draws.
    public let gradeNetwork: ClassNetwork?

    /// Imports and analyses every unit of `source`, one after another, in this thread.
    ///
    /// - Parameter options: the analysis options, the labels (``LabelStyle/codes`` pseudonymises the
    ///   summary's messages) and the language; outputs and diagrams are not made.
    /// - Complexity: O(total input size) plus each class's analysis.
    public static func run(_ source: BatchSource, options: ClassPipeline.Options) -> GradeAnalysis {
        let names = FolderNames(reserved: BatchRunner.reservedFolderNames)
        var ties = GradeTies()
        var rows: [ClassSummary] = []
        var failures: [BatchFailure] = []
        for unit in 0..<source.unitCount {
            switch BatchRunner.importClasses(unit: unit, of: source, ties: &ties) {
            case .failure(let failure):
                names.register(unit: unit, classNames: [])
                failures.append(failure)
            case .success(let classes):
                names.register(unit: unit, classNames: classes.map(\.name))
                let folders = names.folders(unit: unit)
                for (i, cls) in classes.enumerated() {
                    do throws(AnalysisError) {
                        let analysis = try ClassAnalysis(network: cls.network, options: options.analysis)
                        let folder = i < folders.count ? folders[i] : cls.name
                        rows.append(ClassSummary(analysis: analysis, folder: folder, sourceFile: cls.sourceFile, written: []))
                    } catch {
                        failures.append(BatchFailure(
                            className: cls.name, stage: .analysis, file: cls.sourceFile, message: error.message(options.language)))
                    }
                }
            }
            names.release(unit: unit)
        }
        let network = source.gradeNetwork ?? ties.network(name: source.gradeName, language: options.language)
        return GradeAnalysis(
            summary: GradeSummary(source: source, rows: rows, failures: failures, gradeNetwork: network, pipeline: options),
            gradeNetwork: network)
    }
}

extension GradeSummary {
    /// The summary of a run over `source`: the classes ranked (``GradeRanking``), the files that could not
    /// be read and every failure in file order, and the choices across classes counted in `gradeNetwork`.
    init(source: BatchSource, rows: [ClassSummary], failures: [BatchFailure], gradeNetwork: ClassNetwork?, pipeline: ClassPipeline.Options) {
        let sorted = (source.unreadable + failures).sorted {
            ($0.file ?? "", $0.className ?? "", $0.message) < ($1.file ?? "", $1.className ?? "", $1.message)
        }
        self.init(
            gradeName: source.gradeName, sourcePath: source.path, isFolder: source.isFolder,
            classes: GradeRanking.rank(rows), failures: sorted, notes: source.notes, pipeline: pipeline)
        if let gradeNetwork { crossClassTies = GradeTies.crossClassCount(gradeNetwork) }
    }
}
