import Localization
import ArgumentParser

/// `powerdesk [desk]`: the full-screen desk on the database.
struct OpenDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "desk", abstract: HelpPhrases.desk.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.signInAs)) var user: String?

    func run() throws {
        try DeskLauncher.open(path: global.databasePath, global: global, user: user, mapAccount: Privilege.isElevated)
    }
}
