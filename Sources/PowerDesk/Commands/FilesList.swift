import ArgumentParser
import Documents
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk files list CASE`: digest, entry, kind, size, name, who and when.
struct FilesList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: HelpPhrases.filesList.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.caseNumber)) var caseID: String

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let id = caseID.trimmingCharacters(in: .whitespaces).uppercased()
            _ = try store.cases.load(id)
            let files = try store.attachments.files(id)
            guard !files.isEmpty else {
                Console.out(CaseFilePhrases.noFiles(id).text(language))
                return
            }
            Console.out(CaseFilePhrases.filesTitle(id, files.count).text(language))
            for file in files {
                let mark = (file.isEvidence ? CaseFilePhrases.evidenceMark : CaseFilePhrases.materialMark).template(language)
                Console.out(CaseFilePhrases.fileLine(String(file.sha256.prefix(12)), "\(mark):\(file.entry)", file.kind?.label ?? "?", file.size,
                                                     file.name, DocumentText.date(CivilDate.inShanghai(file.addedAt)), file.addedBy).text(language))
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
