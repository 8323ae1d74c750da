import ArgumentParser

/// `powerdesk [desk]`: the full-screen desk on the database.
struct OpenDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "desk", abstract: "Open the full-screen desk (the default).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Sign in as this user.") var user: String?

    func run() throws {
        try DeskLauncher.open(path: global.databasePath, global: global, user: user, mapAccount: Privilege.isElevated)
    }
}
