import Localization
import ArgumentParser

/// `powerdesk party …`: checks on counterparties.
struct PartyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "party", abstract: HelpPhrases.party.inCommandLanguage, subcommands: [PartyCheck.self, PartyShow.self])
}
