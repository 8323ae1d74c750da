import ArgumentParser
import Localization
import Storage

/// `powerdesk flows reject DRAFT --reason TEXT --user LEGAL`: the legal post refuses a draft,
/// saying why; `flows drafts` shows the admin the reason. Audited; legal only.
struct FlowsReject: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: AdminPhrases.helpReject.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(AdminPhrases.helpDraftVersion)) var draft: Int64
    @Option(help: .phrase(AdminPhrases.helpReason)) var reason: String
    @Option(help: .phrase(AdminPhrases.helpLegalActing)) var user: String
    @Option(help: .phrase(HelpPhrases.passwordFile)) var passwordFile: String?

    func run() throws {
        try UserAdministration.run(global, user: user, passwordFile: passwordFile) { store, actor in
            try store.definitions.reject(draft, reason: reason, by: actor)
            return AdminPhrases.draftRejected(draft, reason)
        }
    }
}
