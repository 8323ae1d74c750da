import ArgumentParser
import Localization
import Storage

/// `powerdesk complaint list [--all]`: one line a complaint, newest first.
struct ComplaintList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: ComplaintPhrases.helpList.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Flag(help: .phrase(ComplaintPhrases.helpAll)) var all = false
    @Option(help: .phrase(ComplaintPhrases.helpComplaintUser)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        let language = global.language
        let (store, actor) = try CommandSignIn.open(global, user: user, passwordFile: passwordFile)
        do {
            for record in try store.complaints.list(all: all, for: actor) { Console.out(ComplaintShow.summary(record, language)) }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
