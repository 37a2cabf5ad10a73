import Foundation
import PackagePlugin

/// Embeds the string catalogue (`Sources/Sociogram/Text/Catalogue/*.json`) into the library at build
/// time and derives the ``TextKey`` enumeration from the bokmål file, so that a key the code uses but
/// the catalogue lacks fails the build.
@main
struct EmbedTextCatalogue: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Text").appending(path: "Catalogue")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "TextCatalogue+Embedded.swift")
        return [
            .buildCommand(
                displayName: "Embedding the text catalogue (\(files.count) languages)",
                executable: try context.tool(named: "text-catalogue-embed").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output])
        ]
    }
}
