import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk user disable|enable NAME --user ADMIN`: an admin stops or restores an account's
/// sign-in. The records it made stay. Audited; refused for anyone but an admin.
struct UserDisable: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable", abstract: AdminPhrases.helpDisable.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(AdminPhrases.helpTargetUser)) var name: String
    @Option(help: .phrase(HelpPhrases.adminActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        try UserAdministration.run(global, user: user, passwordFile: passwordFile) { store, actor in
            try store.users.setActive(name, false, by: actor)
            return AdminPhrases.userDisabled(name)
        }
    }
}
