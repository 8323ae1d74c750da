import Documents
import Foundation
import Localization
import Storage
import Workflow

/// Loading definitions for the commands: the installed set, or given files checked against it.
enum DefinitionSources {
    struct Checked {
        let compilation: DefinitionCompilation
        let checkedFiles: Int
    }

    /// Compiles `paths`; when they carry no bureau file, the installed definitions they do not
    /// replace are added as context, so one item can be validated on its own.
    static func compile(paths: [String], context: String) -> Checked {
        let given = DefinitionLoader.sources(at: paths)
        var sources = given.sources
        let hasBureau = sources.contains { $0.text.contains("\nbureau:") || $0.text.hasPrefix("bureau:") }
        if !hasBureau {
            let givenPaths = Set(sources.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path })
            let installed = DefinitionLoader.sources(at: [context]).sources
            sources += installed.filter { !givenPaths.contains(URL(fileURLWithPath: $0.path).standardizedFileURL.path) && !$0.path.contains("/items/") }
        }
        let compiled = DocumentDefinitions.compile(sources)
        let all = DefinitionCompilation(set: given.diagnostics.isEmpty ? compiled.set : nil, diagnostics: given.diagnostics + compiled.diagnostics)
        return Checked(compilation: all, checkedFiles: given.sources.count)
    }

    /// The set in force: with `--db`, the database's active version (what cases start on, after
    /// any confirmed change); otherwise the installed files, or an error listing their problems.
    static func installed(_ global: GlobalOptions) throws -> DefinitionSet {
        if global.db != nil {
            do {
                return try PowerDeskStore.open(at: global.databasePath).definitions.activeSet().set
            } catch {
                throw ErrorReport.fail(error, global.language)
            }
        }
        let directory = try ResourceLocator.require("flows", option: global.flows, language: global.language)
        let compilation = DocumentDefinitions.compile(paths: [directory])
        guard let set = compilation.set else {
            for diagnostic in compilation.errors { Console.err(diagnostic.rendered(global.language)) }
            Console.err(CommandPhrases.installedInvalid(directory).text(global.language))
            throw CommandFailure.refused
        }
        return set
    }
}
