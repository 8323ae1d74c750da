import Foundation
import Storage
import Testing

/// `powerdesk archive` on the real binary (R22): refused inside the retention period, a dry run
/// that changes nothing, a run killed with SIGKILL midway and run again moving every case exactly
/// once, then `audit verify`, `doc list`, `doc archive`, a refused act and a damaged archive.
@Suite(.serialized) struct ArchiveCommandTests {
    static func count(_ database: URL, _ sql: String) throws -> Int {
        Int(try BinaryHarness.value(database, sql)) ?? -1
    }

    @Test func killedMidwayThenRerunMovesEveryCaseExactlyOnce() throws {
        try BinaryHarness.withTemporaryDirectory("archive") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            // The store is released (and closed) when the seeding is done.
            let old = try { try ArchiveSeeder.seed(try PowerDeskStore.open(at: database.path), cases: 400, year: 2021, fileEvery: 10) }()
            let events = try Self.count(database, "SELECT COUNT(*) FROM case_event WHERE case_id LIKE 'XK2021%'")
            #expect(events == 400 * 8)
            let path = database.path

            // The demo's today is 2026-03-16: a date after 2023-03-16 is inside R22's three years.
            let late = try BinaryHarness.run(["archive", "--before", "2023-06-01", "--db", path])
            #expect(late.exited(1))
            #expect(late.err.contains("R22") && late.err.contains("2023-03-16"), "\(late.err)")
            let config = directory.appendingPathComponent("powerdesk.yaml")
            try "retention-years: 2\n".write(to: config, atomically: true, encoding: .utf8)
            let short = try BinaryHarness.run(["archive", "--before", "2022-01-01", "--db", path], environment: ["POWERDESK_CONFIG": config.path])
            #expect(short.exited(1))
            #expect(short.err.contains("R22"), "\(short.err)")
            let invalid = try BinaryHarness.run(["archive", "--before", "2022-13-01", "--db", path])
            #expect(!invalid.exited(0))
            #expect(invalid.err.contains("YYYY-MM-DD"))

            let dry = try BinaryHarness.run(["archive", "--before", "2022-01-01", "--dry-run", "--db", path])
            #expect(dry.exited(0), "\(dry.err)")
            #expect(dry.out.contains("400") && dry.out.contains("demo.archive-2021.sqlite"))
            #expect(try Self.count(database, "SELECT COUNT(*) FROM \"case\" WHERE archived_in IS NOT NULL") == 0)
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("demo.archive-2021.sqlite").path))

            // Killed after a few batches, mid-way.
            let run = try BinaryHarness.start(["archive", "--before", "2022-01-01", "--batch", "5", "--db", path])
            _ = run.line(3, timeout: 120)
            run.kill()
            let killed = run.finish(timeout: 30)
            #expect(killed.reason == .uncaughtSignal, "the run was still archiving when killed")
            let partial = try Self.count(database, "SELECT COUNT(*) FROM \"case\" WHERE archived_in IS NOT NULL")
            #expect(partial > 0 && partial < 400, "\(partial) archived when killed")

            let rerun = try BinaryHarness.run(["archive", "--before", "2022-01-01", "--batch", "50", "--db", path], timeout: 300)
            #expect(rerun.exited(0), "\(rerun.err)")
            #expect(rerun.out.contains("\(400 - partial)"))
            let archive = directory.appendingPathComponent("demo.archive-2021.sqlite")
            #expect(try Self.count(database, "SELECT COUNT(*) FROM \"case\" WHERE archived_in = 2021") == 400)
            #expect(try Self.count(database, "SELECT COUNT(*) FROM case_event WHERE case_id LIKE 'XK2021%'") == 0)
            #expect(try Self.count(archive, "SELECT COUNT(*) FROM case_event") == events)
            #expect(try Self.count(archive, "SELECT COUNT(DISTINCT id) FROM \"case\"") == 400)
            #expect(try Self.count(archive, "SELECT COUNT(*) FROM attachment") == 40)
            // Each case is in exactly one archive record of the main chain.
            #expect(try Self.count(database, "SELECT COUNT(*) FROM audit a, json_each(a.body, '$.cases') WHERE a.kind = 'archive.created'") == 400)
            #expect(try Self.count(database, "SELECT COUNT(DISTINCT j.value) FROM audit a, json_each(a.body, '$.cases') j WHERE a.kind = 'archive.created'") == 400)
            let again = try BinaryHarness.run(["archive", "--before", "2022-01-01", "--db", path])
            #expect(again.exited(0) && again.out.contains("没有需要归档"))

            let verified = try BinaryHarness.verify(database)
            #expect(verified.exited(0), "\(verified.err)")

            // Archived cases stay readable, marked 已归档, and their archive PDF still prints.
            let caseID = try #require(old.first)
            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", path])
            #expect(listed.exited(0), "\(listed.err)")
            #expect(listed.out.contains("已归档") && listed.out.contains("准予行政许可决定书"), "\(listed.out)")
            let pdf = directory.appendingPathComponent("archive.pdf")
            let printed = try BinaryHarness.run(["doc", "archive", caseID, "-o", pdf.path, "--db", path], timeout: 120)
            #expect(printed.exited(0), "\(printed.err)")
            #expect((try? Data(contentsOf: pdf))?.starts(with: Data("%PDF".utf8)) == true)

            // A write is refused, saying why.
            let refused = try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "accept")], user: "clerk", database: database)
            #expect((refused.out + refused.err).contains("已归档"), "\(refused.out) \(refused.err)")

            // One byte of a filed PDF changed in the archive: audit verify says which file.
            let damaged = try BinaryHarness.sqlite(archive, "UPDATE attachment SET data = data || X'00' WHERE rowid = 1")
            #expect(damaged.exited(0), "\(damaged.err)")
            let broken = try BinaryHarness.verify(database)
            #expect(!broken.exited(0))
            #expect(broken.err.contains("demo.archive-2021.sqlite"), "\(broken.err)")
        }
    }
}
