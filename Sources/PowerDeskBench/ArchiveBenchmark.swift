import Foundation
import Storage
import Workflow

/// `powerdesk-bench archive --cases N`: N licence cases concluded in 2022 (real engine, every
/// 50th with a filed PDF), then `archive --before 2023-01-01` timed as the command runs it,
/// then `audit verify` over the main database and the archive. Prints cases/s.
enum ArchiveBenchmark {
    static func run(flows: String, calendarDirectory: URL, directory: String, cases: Int, batch: Int) throws {
        let folder = try BenchmarkDatabase.folder(in: directory, "archive")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = try BenchmarkDatabase(flows: flows, calendarDirectory: calendarDirectory)
        let store = try database.create(at: folder + "/bench.sqlite", users: [], password: "benchmark")
        var started = Date()
        try ArchiveSeeder.seed(store, cases: cases, year: 2022, fileEvery: 50)
        print(String(format: "seeded %d concluded cases in %.1f s", cases, Date().timeIntervalSince(started)))
        let before = CivilDate(year: 2023, month: 1, day: 1) ?? CivilDate.earliest
        started = Date()
        let plan = try store.archivePlan(before: before, policy: .standard, batchSize: batch)
        let planned = Date().timeIntervalSince(started)
        started = Date()
        let report = try store.archive(plan, by: "system")
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "plan: %d cases in %.2f s", plan.caseCount, planned))
        print(String(format: "archive: %d cases (%d events, %d documents, %d files) in %d batches of %d: %.1f s, %.0f cases/s",
                     report.cases, report.events, report.documents, report.files, report.batches, batch, seconds, Double(report.cases) / max(seconds, 0.000_001)))
        let archive = folder + "/" + store.archiveFileName(year: 2022)
        let size = ((try? FileManager.default.attributesOfItem(atPath: archive)[.size]) as? NSNumber)?.intValue ?? 0
        print(String(format: "archive file: %.1f MB", Double(size) / 1_048_576))
        started = Date()
        let verification = try store.verify()
        print(String(format: "audit verify with the archive: %@ in %.1f s", verification.isIntact ? "intact" : "BROKEN", Date().timeIntervalSince(started)))
    }
}
