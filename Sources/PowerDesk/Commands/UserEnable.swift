import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk user enable NAME --user ADMIN`: an admin lets a disabled account sign in again.
struct UserEnable: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "enable", abstract: AdminPhrases.helpEnable.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(AdminPhrases.helpTargetUser)) var name: String
    @Option(help: .phrase(HelpPhrases.adminActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        try UserAdministration.run(global, user: user, passwordFile: passwordFile) { store, actor in
            try store.users.setActive(name, true, by: actor)
            return AdminPhrases.userEnabled(name)
        }
    }
}
