import ArgumentParser
import Localization
import Storage

/// `powerdesk secret CASE --reason TEXT --user NAME`: keeps a case off the public site
/// (政府信息公开条例 第14条). Only the posts `disclosure.secret-posts` names (法制审核, 分管领导) may;
/// the storage layer checks the user's stored posts and audits the mark.
struct SecretCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "secret", abstract: HelpPhrases.secret.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.caseExample)) var caseID: String
    @Option(help: .phrase(HelpPhrases.secretReason)) var reason: String
    @Option(help: .phrase(HelpPhrases.userMarking)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

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
