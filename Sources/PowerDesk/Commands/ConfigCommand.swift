import Localization
import ArgumentParser

/// `powerdesk config show`: each setting in effect and where it came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: HelpPhrases.config.inCommandLanguage, subcommands: [ConfigShow.self])
}
