import ArgumentParser
import Localization
import Storage

/// `powerdesk supervise judge ID --outcome satisfactory|unsatisfactory`: the supervisor's
/// outcome of an answered notice.
struct SuperviseJudge: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "judge", abstract: HelpPhrases.superviseJudge.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.noticeNumber)) var id: Int64
    @Option(help: .phrase(HelpPhrases.judgeOutcome)) var outcome: String
    @Option(help: .phrase(HelpPhrases.supervisor)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        guard let outcome = NoticeOutcome(rawValue: outcome) else {
            Console.err(SupervisionPhrases.noticeBadOutcome(outcome).text(language))
            throw CommandFailure.usage
        }
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let notice = try store.notices.judge(id, outcome: outcome, by: actor)
            Console.out(SupervisionPhrases.noticeJudged(notice.id).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
