import Foundation
import Testing
@testable import PowerDesk

/// 14 daily, 36 monthly, every year's last for ever: what is kept after years of nightly backups.
@Suite struct BackupRotationTests {
    /// One backup a night at 02:00 UTC for `days` days up to 2026-03-16.
    static func nightly(_ days: Int) -> [String] {
        let end = Date(timeIntervalSince1970: 1_773_626_400)  // 2026-03-16T02:00:00Z
        return (0..<days).map { BackupRotation.name(at: end.addingTimeInterval(-Double($0) * 86_400)) }
    }

    @Test func fiveYearsOfNightlyBackupsKeepDaysMonthsAndYears() {
        let names = Self.nightly(5 * 365)
        let expired = Set(BackupRotation.standard.expired(names))
        let kept = names.filter { !expired.contains($0) }
        #expect(kept.contains("powerdesk-20260316-020000.sqlite") && kept.contains("powerdesk-20260303-020000.sqlite"), "the last 14 days")
        #expect(!kept.contains("powerdesk-20260302-020000.sqlite"), "the 15th day back is not a month's last")
        #expect(kept.contains("powerdesk-20260228-020000.sqlite") && kept.contains("powerdesk-20230430-020000.sqlite"), "each month's last, 36 months")
        #expect(!kept.contains("powerdesk-20230331-020000.sqlite"), "the 37th month back only by its year")
        #expect(kept.contains("powerdesk-20221231-020000.sqlite") && kept.contains("powerdesk-20211231-020000.sqlite"), "every year's last")
        #expect(!kept.contains("powerdesk-20210318-020000.sqlite"))
        #expect(kept.count == 14 + 35 + 2, "14 days, 35 more months (this one is among the days), two older years: \(kept.count)")
    }

    @Test func otherFilesAreNeverTouchedAndAYearlyLimitCounts() {
        let names = Self.nightly(800) + ["notes.txt", "powerdesk-latest.sqlite", "powerdesk-2026031-020000.sqlite"]
        let expired = BackupRotation(daily: 2, monthly: 1, yearly: 1).expired(names)
        #expect(!expired.contains("notes.txt") && !expired.contains("powerdesk-latest.sqlite") && !expired.contains("powerdesk-2026031-020000.sqlite"))
        #expect(names.count - expired.count == 3 + 2, "two days (one of them the month's and the year's) and the three others")
        #expect(BackupRotation.name(at: Date(timeIntervalSince1970: 0)) == "powerdesk-19700101-000000.sqlite")
    }
}

/// `backup --into DIR`: a dated, verified copy, then the rotation; other files stay.
@Suite struct BackupIntoTests {
    @Test func aDatedBackupIsWrittenThenOldOnesRotated() throws {
        try BinaryHarness.withTemporaryDirectory("backup-into") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let folder = directory.appendingPathComponent("backups")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let old = ["powerdesk-20240105-020000.sqlite", "powerdesk-20240106-020000.sqlite", "powerdesk-20250301-020000.sqlite", "notes.txt"]
            for name in old { FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data()) }
            let run = try BinaryHarness.run(["backup", "--into", folder.path, "--keep-daily", "2", "--keep-monthly", "2", "--keep-yearly", "2", "--db", database.path])
            #expect(run.exited(0), "\(run.err)")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            let fresh = try #require(names.first { BackupRotation.stamp(of: $0) != nil && !old.contains($0) })
            #expect(try BinaryHarness.verify(folder.appendingPathComponent(fresh)).exited(0), "the new copy is a whole, verified database")
            // Days: the new one and 2025-03-01; months: the same two; years: the same two. 2024's go.
            #expect(names == ["notes.txt", "powerdesk-20250301-020000.sqlite", fresh].sorted(), "\(names)")
            #expect(run.out.contains("删除旧备份 powerdesk-20240105-020000.sqlite"))
            let neither = try BinaryHarness.run(["backup", "--db", database.path])
            #expect(neither.exited(2) && neither.err.contains("--into"))
        }
    }
}
