import Localization
import ArgumentParser
import Storage

/// `powerdesk doc show REF`: the document's plain text (REF is its number or its id).
struct DocShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: HelpPhrases.docShow.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.docShowReference)) var reference: String

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let document = try store.documents.document(reference: reference)
            Console.out(DocumentPrinter(store: store).text(document, copy: false))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
