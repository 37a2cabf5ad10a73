import ArgumentParser
import Sociogram

/// Options for the diagrams a command draws.
struct DiagramArguments: ParsableArguments {
    @Option(
        name: .customLong("only-question"),
        help: "Draw one question only (id or part of its text); default: all positive questions together.")
    var onlyQuestion: String?

    @Flag(name: .customLong("negative"), help: "Also draw the negative question's choices (dashed red).")
    var showNegative = false

    @Option(name: .long, help: "Resolution of PNG output in dots per inch.")
    var dpi: Int?

    /// The diagram options for `network`.
    func options(network: ClassNetwork, labels: LabelsOption, language: Language) throws -> DiagramOptions {
        var selection = QuestionSelection.allPositive
        if let onlyQuestion {
            let index = try QuestionSelector(onlyQuestion).resolve(in: network.questions, option: "--only-question")
            selection = .question(index)
        }
        if showNegative && !network.has(.negative) {
            throw UsageError(Strings(language).cliNegativeNoQuestion)
        }
        if let dpi, !(36...600).contains(dpi) { throw UsageError(Strings(language).cliDpiRange) }
        return DiagramOptions(
            labels: labels.labelStyle, language: language, questions: selection,
            showNegative: showNegative)
    }
}

extension LabelsOption {
    /// The renderer's label style.
    var labelStyle: LabelStyle {
        switch self {
        case .names: .names
        case .initials: .initials
        case .codes: .codes
        }
    }
}
