import ArgumentParser
import Localization
import Storage

/// `powerdesk supervise judge ID --outcome satisfactory|unsatisfactory`: the supervisor's
/// outcome of an answered notice.
struct SuperviseJudge: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "judge", abstract: "Record the outcome of an answered notice.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The notice's number.") var id: Int64
    @Option(help: "satisfactory (整改到位) or unsatisfactory (整改不到位).") var outcome: String
    @Option(help: "The supervisor.") var user: String
    @Option(help: "File holding the password (else $POWERDESK_PASSWORD).") var passwordFile: String?

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
