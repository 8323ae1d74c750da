import ArgumentParser
import Localization
import Workflow

/// `powerdesk flows show CODE [--dot]`: one item's flow as text, or as Graphviz DOT.
struct FlowsShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: HelpPhrases.flowsShow.inCommandLanguage)

    @OptionGroup var global: GlobalOptions

    @Argument(help: .phrase(HelpPhrases.itemCode))
    var code: String

    @Option(help: .phrase(HelpPhrases.procedure))
    var procedure: String?

    @Flag(help: .phrase(HelpPhrases.dot))
    var dot = false

    func run() throws {
        let set = try DefinitionSources.installed(global)
        guard let flow = set.flow(item: code, procedure: procedure) else {
            let message = set.item(code) == nil ? CommandPhrases.unknownItem(code) : CommandPhrases.unknownProcedure(procedure ?? "-", code)
            Console.err(message.text(global.language))
            throw CommandFailure.refused
        }
        let lines = dot ? FlowDot.render(flow) : FlowText.render(flow, bureau: set.bureau, language: global.language)
        lines.forEach(Console.out)
    }
}
