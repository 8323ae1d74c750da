import ArgumentParser
import Storage

/// `powerdesk doc show REF`: the document's plain text (REF is its number or its id).
struct DocShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a document's text.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The document's number (通民宗罚决字〔2026〕1号) or id.") var reference: String

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
