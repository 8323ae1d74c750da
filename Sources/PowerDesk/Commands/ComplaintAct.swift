import ArgumentParser
import Localization
import Storage

/// `powerdesk complaint act ID ACTION --note TEXT`: one step of the complaint flow.
struct ComplaintAct: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "act", abstract: ComplaintPhrases.helpAct.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(ComplaintPhrases.helpID)) var id: String
    @Argument(help: .phrase(ComplaintPhrases.helpAction)) var action: String
    @Option(help: .phrase(ComplaintPhrases.helpNote)) var note: String = ""
    @Option(help: .phrase(ComplaintPhrases.helpComplaintUser)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            let record = try store.complaints.act(id.trimmingCharacters(in: .whitespaces).uppercased(), action: action, note: note, by: actor)
            Console.out(ComplaintPhrases.acted(record.id, action, record.step).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
