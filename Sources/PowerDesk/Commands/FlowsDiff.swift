import ArgumentParser
import Localization
import Storage

/// `powerdesk flows diff DRAFT`: every file the draft adds, changes or removes against the
/// definitions in force, as a unified diff — what the legal post reads before confirming.
struct FlowsDiff: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: AdminPhrases.helpDiff.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(AdminPhrases.helpDraftVersion)) var draft: Int64

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let files = try store.definitions.diff(draft)
            if files.isEmpty { Console.out(AdminPhrases.noDifference(draft).text(language)) }
            // Console neutralises control characters: the files are typed by people.
            for file in files { for line in file.lines { Console.out(line) } }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
