import ArgumentParser

/// `powerdesk party …`: checks on counterparties.
struct PartyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "party", abstract: "Check party identity numbers.", subcommands: [PartyCheck.self])
}
