import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk user passwd --user ME --new-password-file FILE`: anyone changes their own password,
/// proving the current one (from `--password-file` or `$POWERDESK_PASSWORD`). The way out of a
/// forced change after a reset, so it does not sign in first. Audited.
struct UserPasswd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "passwd", abstract: AdminPhrases.helpPasswd.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(AdminPhrases.helpSelf)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?
    @Option(help: .phrase(AdminPhrases.helpNewPasswordFile)) var newPasswordFile: String?

    func run() throws {
        let language = global.language
        let account = Privilege.isElevated ? try AccountMapping.account(requested: user, language: language) : user
        let current = try PasswordSource.read(file: passwordFile, language: language)
        let password = try NewPasswordSource.read(file: newPasswordFile, language: language)
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            try store.users.changePassword(account, current: current, new: password)
            Console.out(AdminPhrases.passwordChanged(account).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
