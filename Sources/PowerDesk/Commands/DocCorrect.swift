import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk doc correct REF --reason TEXT --user NAME`: a new document replaces REF.
struct DocCorrect: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "correct", abstract: HelpPhrases.docCorrect.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.docReference)) var reference: String
    @Option(help: .phrase(HelpPhrases.correctReason)) var reason: String
    @Option(help: .phrase(HelpPhrases.correctAddress)) var address: String?
    @Option(help: .phrase(HelpPhrases.userCorrecting)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let original = try store.documents.document(reference: reference)
            let correction = try store.documents.correct(original.id, reason: reason, partyAddress: address, by: actor)
            Console.out(CommandPhrases.docCorrected(original.label, correction.label, "\(correction.id)").text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
