import ArgumentParser

/// `powerdesk user ...`: account administration from the command line.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "User accounts: unlock.",
        subcommands: [UserUnlock.self]
    )
}
