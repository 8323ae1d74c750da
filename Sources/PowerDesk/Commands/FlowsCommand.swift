import ArgumentParser

/// `powerdesk flows …`: the catalogue's definitions.
struct FlowsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flows",
        abstract: "Validate, list and show flow definitions.",
        subcommands: [FlowsValidate.self, FlowsList.self, FlowsShow.self]
    )
}
