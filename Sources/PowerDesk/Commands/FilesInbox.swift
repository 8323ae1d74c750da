import ArgumentParser
import Foundation
import Localization
import Storage

/// `powerdesk files inbox`: what waits in the drop folder (待归档文件), with what each file's
/// content is, so a disguised or unreadable file is seen before anyone tries to file it.
struct FilesInbox: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inbox", abstract: HelpPhrases.filesInbox.inCommandLanguage)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        // The database's size limit when it can be read; the default limit otherwise.
        let limit = (try? PowerDeskStore.open(at: global.databasePath))?.attachments.maximumBytes ?? AttachmentRepository.defaultMaximumBytes
        let (folder, files) = CaseFiling.waiting(limit: limit)
        guard !files.isEmpty else {
            Console.out(CaseFilePhrases.inboxEmpty(folder).text(language))
            return
        }
        Console.out(CaseFilePhrases.inboxTitle(folder).text(language))
        for file in files {
            let what: String
            switch file.detection {
            case let .accepted(kind)?: what = kind.label
            case let .program(kind)?: what = CaseFilePhrases.program(file.name, kind).text(language)
            case .unknown?: what = CaseFilePhrases.unknownKind(file.name, FileKind.allCases.map(\.label).joined(separator: "、")).text(language)
            case nil: what = StoragePhrases.attachmentTooLarge(file.size, limit).text(language)
            }
            Console.out(CaseFilePhrases.inboxLine((folder as NSString).appendingPathComponent(file.name), what, file.size).text(language))
        }
    }
}
