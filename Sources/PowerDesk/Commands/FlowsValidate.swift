import ArgumentParser
import Localization
import Workflow

/// `powerdesk flows validate [PATH...]`: every problem of every file, as `file:line:column:
/// message`. Files given alone are checked against the installed bureau and procedures.
struct FlowsValidate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: HelpPhrases.flowsValidate.inCommandLanguage)

    @OptionGroup var global: GlobalOptions

    @Argument(help: .phrase(HelpPhrases.validatePaths))
    var paths: [String] = []

    func run() throws {
        let language = global.language
        let installed = try ResourceLocator.require("flows", option: global.flows, language: language)
        // The files are the caller's choice: read with the caller's rights, never the setgid group's.
        let result = try Privilege.asUser { DefinitionSources.compile(paths: paths.isEmpty ? [installed] : paths, context: installed) }
        for diagnostic in result.compilation.diagnostics {
            Console.out(diagnostic.rendered(language))
        }
        let errors = result.compilation.errors.count
        let warnings = result.compilation.warnings.count
        if errors > 0 {
            Console.err(CommandPhrases.validateFailed(errors, warnings).text(language))
            throw CommandFailure.refused
        }
        Console.out(CommandPhrases.validateOK(result.checkedFiles, result.compilation.set?.items.count ?? 0, warnings).text(language))
    }
}
