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
        let (folder, files) = CaseFiling.waiting()
        guard !files.isEmpty else {
            Console.out(CaseFilePhrases.inboxEmpty(folder).text(language))
            return
        }
        Console.out(CaseFilePhrases.inboxTitle(folder).text(language))
        for file in files {
            let what: String
            switch file.detection {
            case let .accepted(kind): what = kind.label
            case let .program(kind): what = CaseFilePhrases.program(file.name, kind).text(language)
            case .unknown: what = CaseFilePhrases.unknownKind(file.name, FileKind.allCases.map(\.label).joined(separator: "、")).text(language)
            }
            Console.out(CaseFilePhrases.inboxLine((folder as NSString).appendingPathComponent(file.name), what, file.size).text(language))
        }
    }
}
