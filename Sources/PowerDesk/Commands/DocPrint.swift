import Localization
import ArgumentParser
import Storage
import Workflow

/// `powerdesk doc print REF --user NAME`: logged; every print after the first is marked 副本.
struct DocPrint: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "print", abstract: HelpPhrases.docPrint.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.docReference)) var reference: String
    @Option(help: .phrase(HelpPhrases.userPrinting)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let document = try store.documents.document(reference: reference)
            let outcome = try DocumentPrinter(store: store).print(document, by: actor)
            outcome.warning.map { Console.err($0.text(language)) }
            guard outcome.succeeded else {
                Console.err(outcome.message.text(language))
                throw CommandFailure.refused
            }
            Console.out(outcome.message.text(language))
        } catch let failure as ExitCode {
            throw failure
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
