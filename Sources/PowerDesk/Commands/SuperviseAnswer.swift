import ArgumentParser
import Localization
import Storage

/// `powerdesk supervise answer ID --text ...`: the addressee answers a notice.
struct SuperviseAnswer: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "answer", abstract: "Answer a supervision notice addressed to you.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The notice's number.") var id: Int64
    @Option(help: "The answer: what was found and done.") var text: String
    @Option(help: "The officer answering.") var user: String
    @Option(help: "File holding the password (else $POWERDESK_PASSWORD).") var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let notice = try store.notices.answer(id, text: text, by: actor)
            Console.out(SupervisionPhrases.noticeAnswered(notice.id).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
