import ArgumentParser
import Localization

/// `powerdesk clock …`: the clock of a demo or training database.
struct ClockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clock", abstract: AdminPhrases.helpClock.inCommandLanguage, subcommands: [ClockAdvanceCommand.self]
    )
}
