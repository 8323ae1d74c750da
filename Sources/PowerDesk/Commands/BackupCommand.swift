import ArgumentParser
import Foundation
import Localization
import Storage

/// `powerdesk backup PATH`: SQLite's online backup, then the copy is opened and verified.
/// `powerdesk backup --into DIR`: the same under a dated name in DIR, then the rotation
/// (`BackupRotation`) removes the dated copies it no longer keeps; only after the new copy was
/// verified, so a failed backup never costs an old one.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: HelpPhrases.backup.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.backupPath)) var path: String?
    @Option(help: .phrase(HelpPhrases.backupInto)) var into: String?
    @Option(help: .phrase(HelpPhrases.keepDaily)) var keepDaily = BackupRotation.standard.daily
    @Option(help: .phrase(HelpPhrases.keepMonthly)) var keepMonthly = BackupRotation.standard.monthly
    @Option(help: .phrase(HelpPhrases.keepYearly)) var keepYearly: Int?

    func validate() throws {
        guard (path == nil) != (into == nil) else { throw ValidationError(FeedPhrases.backupTarget().text(global.language)) }
        guard keepDaily >= 1, keepMonthly >= 1, (keepYearly ?? 1) >= 1 else { throw ValidationError(FeedPhrases.backupKeep().text(global.language)) }
    }

    func run() throws {
        let language = global.language
        try AccountMapping.requireRoot("backup", language: language)
        let target = path ?? ((into ?? ".") as NSString).appendingPathComponent(BackupRotation.name(at: Date()))
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let result = try store.backup(to: target)
            Console.out(StoragePhrases.backupDone(target, result.cases, result.verification.records).text(language))
            // Every backup anchors the chain's head outside the database as well.
            try AuditAnchorCommand.write(try store.anchor(), log: AnchorLog.configuredPath, language: language)
        } catch {
            throw ErrorReport.fail(error, language)
        }
        if let into { try rotate(into, language: language) }
    }

    private func rotate(_ folder: String, language: Language) throws {
        let rotation = BackupRotation(daily: keepDaily, monthly: keepMonthly, yearly: keepYearly)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in rotation.expired(names) {
            do {
                try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
                Console.out(FeedPhrases.backupRemoved(name).text(language))
            } catch {
                Console.err(FeedPhrases.backupNotRemoved(name, error.localizedDescription).text(language))
                throw CommandFailure.refused
            }
        }
    }
}
