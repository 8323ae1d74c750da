import ArgumentParser
import Foundation
import Localization
import Storage

/// `powerdesk restore BACKUP`: the backup replaces the database only once its audit chain, its
/// contents and the anchors kept outside the database vouch for it (`BackupRestorer`); the old
/// file is kept beside it. Root's job on an installed system, like `backup`.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: RetentionPhrases.helpRestore.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(RetentionPhrases.helpRestoreBackup)) var backup: String
    @Option(name: .customLong("anchors"), help: .phrase(HelpPhrases.anchors)) var anchorFiles: [String] = []
    @Flag(help: .phrase(RetentionPhrases.helpOtherDatabase)) var otherDatabase = false

    func run() throws {
        let language = global.language
        try AccountMapping.requireRoot("restore", language: language)
        let path = global.databasePath
        let (anchors, _) = AnchorSources.gather(files: anchorFiles)
        let report: RestoreReport
        do {
            report = try BackupRestorer.restore(backup, over: path, anchors: anchors, allowOtherDatabase: otherDatabase)
        } catch {
            throw ErrorReport.fail(error, language)
        }
        Console.out(RetentionPhrases.restoreChecked(backup, report.cases, report.records, report.anchorsChecked).text(language))
        if let beyond = report.anchorBeyond {
            Console.out(RetentionPhrases.restoreBehindAnchor(beyond.seq, report.beyondMoment ?? "", report.records).text(language))
        }
        if let replaced = report.replacedRecords, replaced > report.records {
            Console.out(RetentionPhrases.restoreLoses(replaced, report.records).text(language))
        }
        if let aside = report.setAside {
            Console.out(RetentionPhrases.restoreDone(path, aside).text(language))
        } else {
            Console.out(RetentionPhrases.restoreDoneFresh(path).text(language))
        }
    }
}
