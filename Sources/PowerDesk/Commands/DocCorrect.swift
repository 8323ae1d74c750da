import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk doc correct REF --reason TEXT --user NAME`: a new document replaces REF.
struct DocCorrect: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "correct", abstract: "Issue a correction that replaces a document.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The document's number or id.") var reference: String
    @Option(help: "Why it is corrected (printed in the new document).") var reason: String
    @Option(help: "The party's right address, when that is the error (amended in the case too).") var address: String?
    @Option(help: "The user correcting.") var user: String
    @Option(help: "File holding the password (else $POWERDESK_PASSWORD).") var passwordFile: String?

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
