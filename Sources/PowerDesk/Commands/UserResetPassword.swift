import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk user reset-password NAME --user ADMIN --new-password-file FILE`: an admin gives a
/// user a new password, to be changed at the user's next sign-in. Audited; lifts a lock.
struct UserResetPassword: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reset-password", abstract: AdminPhrases.helpResetPassword.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(AdminPhrases.helpTargetUser)) var name: String
    @Option(help: .phrase(HelpPhrases.adminActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?
    @Option(help: .phrase(AdminPhrases.helpNewPasswordFile)) var newPasswordFile: String?

    func run() throws {
        let password = try NewPasswordSource.read(file: newPasswordFile, language: global.language)
        try UserAdministration.run(global, user: user, passwordFile: passwordFile) { store, actor in
            try store.users.resetPassword(name, to: password, by: actor)
            return AdminPhrases.passwordReset(name)
        }
    }
}
