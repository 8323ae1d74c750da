import ArgumentParser
import Localization
import Storage

/// `powerdesk supervise answer ID --text ...`: the addressee answers a notice.
struct SuperviseAnswer: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "answer", abstract: HelpPhrases.superviseAnswer.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.noticeNumber)) var id: Int64
    @Option(help: .phrase(HelpPhrases.answerText)) var text: String
    @Option(help: .phrase(HelpPhrases.officerAnswering)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

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
