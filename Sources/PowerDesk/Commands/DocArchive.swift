import ArgumentParser
import Localization
import Storage
import Typesetting

/// `powerdesk doc archive CASE --output FILE`: the case archive (R7) as one PDF.
struct DocArchive: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "archive", abstract: HelpPhrases.docArchive.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.caseNumber)) var caseID: String
    @Option(name: .shortAndLong, help: .phrase(HelpPhrases.outputPDF)) var output: String
    @Flag(help: .phrase(HelpPhrases.force)) var force = false

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let made = try DocumentPrinter(store: store).archivePDF(caseID.trimmingCharacters(in: .whitespaces).uppercased())
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
