import ArgumentParser
import Localization
import Storage

/// `powerdesk flows drafts`: drafts waiting for the legal post, then drafts it rejected with the
/// reasons, so the admin who filed one sees what became of it.
struct FlowsDrafts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "drafts", abstract: AdminPhrases.helpDrafts.inCommandLanguage)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let drafts = try store.definitions.drafts()
            let rejections = try store.definitions.rejections()
            if drafts.isEmpty, rejections.isEmpty { Console.out(AdminPhrases.noDrafts().text(language)) }
            for draft in drafts {
                Console.out(AdminPhrases.draftLine(draft.version, draft.createdBy, draft.createdOn.description, draft.note,
                                                   draft.changedFiles.joined(separator: ", ")).text(language))
            }
            for rejection in rejections {
                Console.out(AdminPhrases.rejectionLine(rejection.version, rejection.rejectedBy, rejection.rejectedOn.description, rejection.reason,
                                                       rejection.createdBy, rejection.note).text(language))
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
