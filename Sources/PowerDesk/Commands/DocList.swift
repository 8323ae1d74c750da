import ArgumentParser
import Localization
import Documents
import Storage
import Workflow

/// `powerdesk doc list CASE`: id, number or name, date, and whether it was replaced or printed.
struct DocList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: HelpPhrases.docList.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.caseExample)) var caseID: String

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let caseID = caseID.trimmingCharacters(in: .whitespaces).uppercased()
            _ = try store.cases.load(caseID)
            if let file = try store.archivedFiles(of: [caseID])[caseID] { Console.out(ArchivePhrases.archivedIn(caseID, file).text(language)) }
            let documents = try store.documents.documents(caseID)
            // Said on standard error, so a script reading the tab-separated lines reads none.
            if documents.isEmpty { Console.err(CommandInputPhrases.noDocuments(caseID).text(language)) }
            let labels = Dictionary(documents.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            for document in documents {
                var line = "\(document.id)\t\(document.name)\t\(document.number ?? "-")\t\(DocumentText.date(CivilDate.inShanghai(document.issuedAt)))"
                if let replacedBy = document.replacedBy { line += "\t" + CommandPhrases.docReplaced(labels[replacedBy] ?? "\(replacedBy)").text(language) }
                if document.prints > 0 { line += "\t" + CommandPhrases.docPrinted(document.prints).text(language) }
                Console.out(line)
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
