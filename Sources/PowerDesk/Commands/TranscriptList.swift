import ArgumentParser
import Documents
import Localization
import Storage
import Workflow

/// `powerdesk transcript list CASE`: number, kind, when held, officers, recorder, signed or not.
struct TranscriptList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: TranscriptPhrases.helpList.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.caseNumber)) var caseID: String

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let id = caseID.trimmingCharacters(in: .whitespaces).uppercased()
            _ = try store.cases.load(id)
            let transcripts = try TranscriptRepository(store: store).list(id)
            guard !transcripts.isEmpty else {
                Console.out(TranscriptPhrases.none(id).text(language))
                return
            }
            Console.out(TranscriptPhrases.listTitle(id, transcripts.count).text(language))
            for transcript in transcripts {
                Console.out(TranscriptLine.text(transcript).text(language))
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
