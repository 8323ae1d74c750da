import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk supervise notices --user NAME`: the notices the user may see, one line each
/// (number, kind, case, addressee, due day, state, reason); `Console` neutralises controls.
struct SuperviseNotices: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "notices", abstract: HelpPhrases.superviseNotices.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.userAsking)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let today = CivilDate.inShanghai(store.database.clock.now())
            for notice in try store.notices.list(for: actor) {
                let state: Message = if let outcome = notice.outcome {
                    outcome == .satisfactory ? SupervisionPhrases.noticeSatisfactory() : SupervisionPhrases.noticeUnsatisfactory()
                } else if notice.answer != nil {
                    SupervisionPhrases.noticeAwaitingOutcome()
                } else if notice.isLate(today: today) {
                    SupervisionPhrases.noticeLate()
                } else {
                    SupervisionPhrases.noticeOpen()
                }
                let fields = ["\(notice.id)", notice.kind.rawValue, notice.caseID ?? "-", notice.addressee, notice.dueOn.description,
                              state.text(language), notice.reason]
                Console.out(fields.joined(separator: "\t"))
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
