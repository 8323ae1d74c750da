import ArgumentParser
import Localization
import Storage

/// `powerdesk flows confirm DRAFT --user LEGAL`: the legal post puts a draft into force, as at the
/// desk (R3). Running cases keep their version. Audited; legal only.
struct FlowsConfirm: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "confirm", abstract: AdminPhrases.helpConfirm.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(AdminPhrases.helpDraftVersion)) var draft: Int64
    @Option(help: .phrase(AdminPhrases.helpLegalActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        try UserAdministration.run(global, user: user, passwordFile: passwordFile) { store, actor in
            try store.definitions.confirm(draft, by: actor)
            return AdminPhrases.draftConfirmed(draft)
        }
    }
}
