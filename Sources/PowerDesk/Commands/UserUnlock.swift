import ArgumentParser
import Localization
import Storage

/// `powerdesk user unlock NAME --user ADMIN`: an admin lifts a lock after repeated wrong
/// passwords, without waiting for it to run out. Audited; refused for anyone but an admin.
struct UserUnlock: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlock", abstract: HelpPhrases.userUnlock.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.unlockName)) var name: String
    @Option(help: .phrase(HelpPhrases.adminActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            try store.users.unlock(name, by: actor)
            Console.out(StoragePhrases.userUnlocked(name).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
