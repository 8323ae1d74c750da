import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk supervise notice`: the supervision post issues a 督办单 on a case, or a yellow or
/// red card to an officer or a section; the answer is due within `notice-answer-days` working
/// days (configuration, default 5).
struct SuperviseNotice: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "notice", abstract: HelpPhrases.superviseNotice.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.noticeCase)) var `case`: String?
    @Option(help: .phrase(HelpPhrases.noticeOfficer)) var officer: String?
    @Option(help: .phrase(HelpPhrases.noticeSection)) var section: String?
    @Option(help: .phrase(HelpPhrases.noticeKind)) var kind: String = NoticeKind.order.rawValue
    @Option(help: .phrase(HelpPhrases.noticeReason)) var reason: String
    @Option(help: .phrase(HelpPhrases.noticeIssuer)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        guard let kind = NoticeKind(rawValue: kind) else {
            Console.err(SupervisionPhrases.noticeBadKind(kind).text(language))
            throw CommandFailure.usage
        }
        let days = try SuperviseTick.days(SiteConfiguration.current, "notice-answer-days", fallback: 5, language: language)
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let caseID = self.case.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            var addressee = officer ?? section
            var toSection = officer == nil && section != nil
            if addressee == nil, let caseID {
                // A notice on a case with no one named goes to the officer answerable for it.
                addressee = try store.supervision.officer(of: caseID)
                toSection = false
            }
            guard let addressee else {
                Console.err(SupervisionPhrases.noticeAddresseeMissing().text(language))
                throw CommandFailure.usage
            }
            let notice = try store.notices.issue(kind, caseID: caseID, addressee: addressee, toSection: toSection, reason: reason,
                                                 answerDays: days, by: actor)
            // An officer by name (李承办), a section by its code.
            let name = toSection ? addressee : ((try? store.users.actor(addressee))??.name ?? addressee)
            Console.out(SupervisionPhrases.noticeIssued(notice.id, name, notice.dueOn.description).text(language))
        } catch let failure as ExitCode {
            throw failure
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
