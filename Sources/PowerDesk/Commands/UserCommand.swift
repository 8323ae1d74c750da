import ArgumentParser

/// `powerdesk user ...`: account administration from the command line.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "User accounts: unlock, enforcement certificates.",
        subcommands: [UserUnlock.self, UserCertify.self]
    )
}
