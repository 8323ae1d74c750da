import ArgumentParser
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk archive --before YYYY-MM-DD [--dry-run]` (R22): concluded cases past the retention
/// period (`retention-years` in the configuration, at least three) move into yearly archive files
/// beside the database (`Archiver`); they stay searchable and readable, no longer changeable.
/// Root's job on an installed system, like `backup`.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "archive", abstract: ArchivePhrases.helpArchive.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(ArchivePhrases.helpBefore)) var before: String
    @Flag(help: .phrase(ArchivePhrases.helpDryRun)) var dryRun = false
    @Option(help: .phrase(ArchivePhrases.helpBatch)) var batch = 500

    func validate() throws {
        guard CivilDate(iso: before.trimmingCharacters(in: .whitespaces)) != nil else {
            throw ValidationError(ArchivePhrases.beforeInvalid(before).text(global.language))
        }
        guard batch >= 1 else { throw ValidationError(ArchivePhrases.helpBatch().text(global.language)) }
    }

    func run() throws {
        let language = global.language
        try AccountMapping.requireRoot("archive", language: language)
        guard let day = CivilDate(iso: before.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError(ArchivePhrases.beforeInvalid(before).text(language))
        }
        do {
            let policy = try RetentionPolicy(setting: SiteConfiguration.current.value("retention-years").value)
            let store = try PowerDeskStore.open(at: global.databasePath)
            let plan = try store.archivePlan(before: day, policy: policy, batchSize: batch)
            guard plan.caseCount > 0 else {
                Console.out(ArchivePhrases.nothingToArchive(day.description).text(language))
                return
            }
            let files = plan.perYear.map { ArchivePhrases.plannedFile(store.archiveFileName(year: $0.year), $0.cases).text(language) }
            Console.out(ArchivePhrases.planned(day.description, policy.years, plan.caseCount, files.joined(separator: "，")).text(language))
            if dryRun {
                Console.out(ArchivePhrases.dryRun().text(language))
                return
            }
            let started = Date()
            let report = try store.archive(plan, by: "system") { batch in
                Console.out(ArchivePhrases.batchDone(batch.cases, batch.file, batch.auditSeq).text(language))
            }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            Console.out(ArchivePhrases.done(report.cases, report.events, report.documents, report.files, seconds).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
