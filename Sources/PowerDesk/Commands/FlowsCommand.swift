import Localization
import ArgumentParser

/// `powerdesk flows …`: the catalogue's definitions.
struct FlowsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flows",
        abstract: HelpPhrases.flowsCommand.inCommandLanguage,
        subcommands: [FlowsValidate.self, FlowsList.self, FlowsShow.self, FlowsDrafts.self, FlowsDiff.self, FlowsAdd.self, FlowsConfirm.self, FlowsReject.self]
    )
}
