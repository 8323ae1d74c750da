import ArgumentParser
import Localization
import Storage

/// `powerdesk backup PATH`: SQLite's online backup, then the copy is opened and verified.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: HelpPhrases.backup.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.backupPath)) var path: String

    func run() throws {
        let language = global.language
        try AccountMapping.requireRoot("backup", language: language)
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let result = try store.backup(to: path)
            Console.out(StoragePhrases.backupDone(path, result.cases, result.verification.records).text(language))
            // Every backup anchors the chain's head outside the database as well.
            try AuditAnchorCommand.write(try store.anchor(), log: AnchorLog.configuredPath, language: language)
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
