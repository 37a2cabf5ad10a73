import ArgumentParser
import Foundation
import Sociogram

/// `sociogram render FILE -o OUT.{png,svg,pdf,dot}`: one diagram, through Graphviz in-process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a sociogram: the whole class, one question, a target sociogram, one pupil's ties, or a grade.",
        discussion: """
            The format follows the file extension of -o: .png, .svg, .pdf or .dot (Graphviz source).
            --layout target draws concentric rings by choices received (most chosen in the centre);
            --focus P draws P's ego view (P, whom P chose, who chose P, and the ties among them);
            --layout grade draws classes as boxes (for a grade file or a folder of classes).
            """
    )

    enum Layout: String, ExpressibleByArgument, CaseIterable {
        case `class`, target, grade
    }

    @OptionGroup var input: InputOptions
    @Option(name: .shortAndLong, help: "The output file (.png, .svg, .pdf or .dot).")
    var output: String
    @Option(name: .long, help: "class (default), target or grade.")
    var layout: Layout = .class
    @Option(name: .long, help: "Draw one pupil's ties (ego view): a name, first name, id or code.")
    var focus: String?
    @OptionGroup var codeKey: CodeKeyArgument
    @OptionGroup var diagram: DiagramArguments
    @OptionGroup var printing: PrintOptions
    @OptionGroup var languageArgument: LanguageArgument

    func validate() throws {
        let ext = URL(fileURLWithPath: output).pathExtension
        guard DiagramFormat(fileExtension: ext) != nil else {
            throw ValidationError(Terminal.strings.cliDiagramExtension(option: "-o", output))
        }
        if focus != nil && layout != .class {
            throw ValidationError(Terminal.strings.cliFocusWithLayout(layout.rawValue))
        }
        try codeKey.validate(pseudonymised: printing.labels.pseudonymised)
        if let key = codeKey.key, URL(fileURLWithPath: key).standardizedFileURL == URL(fileURLWithPath: output).standardizedFileURL {
            throw ValidationError(Terminal.strings.cliKeySameAsDiagram)
        }
    }

    func run() throws {
        let language = try languageArgument.language()
        let loaded = try input.load(language: language)
        let network = loaded.network
        let options = try diagram.options(network: network, labels: printing.labels, language: language)
        let chosen: Diagram
        if let focus {
            let index = try network.pupilIndex(matching: focus, pseudonymised: printing.labels.pseudonymised)
            chosen = try Sociograms.egoDiagram(network, focus: index, options: options)
        } else {
            switch layout {
            case .class: chosen = Sociograms.classDiagram(network, options: options)
            case .target: chosen = Sociograms.targetDiagram(network, options: options)
            case .grade: chosen = Sociograms.gradeDiagram(network, options: options)
            }
        }
        let format = DiagramFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) ?? .png
        let bytes = try GraphvizRenderer.render(chosen, format: format, dpi: diagram.dpi)
        try codeKey.write(network: network, pseudonymised: printing.labels.pseudonymised, inputs: input.inputPaths)
        try OutputFolder.writeFile(bytes, to: output, inputs: input.inputPaths)
        if printing.json {
            let summary = RenderSummary(
                output: output, format: format.rawValue, engine: chosen.engine.rawValue, bytes: bytes.count,
                pupils: network.count)
            Terminal.out(try JSONOutput.encode(summary))
        } else {
            Terminal.out(Strings(language).writtenTo(output))
        }
    }
}

/// What `render --json` prints.
struct RenderSummary: Encodable {
    let output: String
    let format: String
    let engine: String
    let bytes: Int
    let pupils: Int
}
