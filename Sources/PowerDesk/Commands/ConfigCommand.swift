import ArgumentParser

/// `powerdesk config show`: each setting in effect and where it came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: "Show the configuration in effect.", subcommands: [ConfigShow.self])
}
