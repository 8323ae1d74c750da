import ArgumentParser
import Localization
import Foundation
import Storage
import Typesetting

/// `powerdesk doc pdf REF --output FILE`: the document as an A4 PDF. Writing a file is not
/// printing: nothing is logged and the PDF carries no copy mark.
struct DocPDF: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pdf", abstract: HelpPhrases.docPDF.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.docReference)) var reference: String
    @Option(name: .shortAndLong, help: .phrase(HelpPhrases.outputPDF)) var output: String
    @Flag(help: .phrase(HelpPhrases.force)) var force = false

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let document = try store.documents.document(reference: reference)
            let made = try DocumentPrinter(store: store).pdf(document)
            made.missingCharactersWarning.map { Console.err($0.text(language)) }
            // As the caller: the file is theirs, and a path they could not write is refused even
            // when the setgid group could write it (the database, for one).
            try Privilege.asUser { try DocFiles.write(made.data, to: output, database: global.databasePath, force: force) }
            if output != "-" { Console.out(CommandPhrases.docWritten(output, made.data.count).text(language)) }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
