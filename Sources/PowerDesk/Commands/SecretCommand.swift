import ArgumentParser
import Localization
import Storage

/// `powerdesk secret CASE --reason TEXT --user NAME`: keeps a case off the public site
/// (政府信息公开条例 第14条). Only the posts `disclosure.secret-posts` names (法制审核, 分管领导) may;
/// the storage layer checks the user's stored posts and audits the mark.
struct SecretCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "secret", abstract: "Mark a case secret: nothing of it is published (legal or leader post).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The case number, e.g. CF2026000003.") var caseID: String
    @Option(help: "Why the case may not be published.") var reason: String
    @Option(help: "The user marking it.") var user: String
    @Option(help: "File holding the password (else $POWERDESK_PASSWORD).") var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let caseID = caseID.trimmingCharacters(in: .whitespaces).uppercased()
            let basis = try store.markSecret(caseID, reason: reason, by: actor.userID)
            Console.out(PublicPhrases.secretMarked(caseID, basis).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
