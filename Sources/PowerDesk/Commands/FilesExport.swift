import ArgumentParser
import Foundation
import Localization
import Storage

/// `powerdesk files export CASE DIGEST -o FILE`: a filed file written out (to open it on the
/// clerk's PC), as the caller and never over the database.
struct FilesExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: HelpPhrases.filesExport.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.caseNumber)) var caseID: String
    @Argument(help: .phrase(HelpPhrases.fileDigest)) var digest: String
    @Option(name: .shortAndLong, help: .phrase(HelpPhrases.exportOutput)) var output: String
    @Flag(help: .phrase(HelpPhrases.force)) var force = false

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let id = caseID.trimmingCharacters(in: .whitespaces).uppercased()
            let prefix = digest.trimmingCharacters(in: .whitespaces).lowercased()
            let matching = try store.attachments.files(id).filter { $0.sha256.hasPrefix(prefix) && !prefix.isEmpty }
            let digests = Set(matching.map(\.sha256))
            guard let sha = digests.first else { throw CaseFilePhrases.unknownFile(id, prefix) }
            guard digests.count == 1 else { throw CaseFilePhrases.ambiguousFile(prefix) }
            guard let data = try store.attachments.data(sha) else { throw CaseFilePhrases.unknownFile(id, prefix) }
            try Privilege.asUser { try DocFiles.write(data, to: output, database: global.databasePath, force: force) }
            if output != "-" { Console.out(CommandPhrases.docWritten(output, data.count).text(language)) }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
