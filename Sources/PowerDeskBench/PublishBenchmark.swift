import Foundation
import GRDB
import Storage
import Workflow

/// `powerdesk-bench publish`: the public site for a million cases. A training database gets a
/// few thousand real cases through the licence flow; their public rows (`case_public`, what the
/// commit path writes and all the publisher reads of a case) and query codes are then cloned in
/// SQL under new serial numbers up to the target, since opening a million cases through the
/// engine would take most of an hour on this machine. Then timed: the whole site into an empty
/// directory, a run with nothing changed, and a run after one more case went through the flow.
enum PublishBenchmark {
    static func run(flows: String, calendarDirectory: URL, directory: String, cases target: Int, real: Int) throws {
        let folder = try BenchmarkDatabase.folder(in: directory, "publish")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try BenchmarkDatabase(flows: flows, calendarDirectory: calendarDirectory)
            .create(at: folder + "/desk.sqlite", users: LicenceFlowScript.users, password: "benchmark")
        let script = try LicenceFlowScript(store: store)
        var index = 0
        let loadStart = Measure.wallSeconds()
        while index < real {
            try store.bulkLoad { writer in
                for _ in 0..<min(500, real - index) {
                    _ = try script.run(case: index, in: writer, at: Date())
                    index += 1
                }
            }
        }
        let realRows = try count(store)
        print(String(format: "  %d cases through the licence flow in %.1f s", realRows, Measure.wallSeconds() - loadStart))
        let cloneStart = Measure.wallSeconds()
        try clone(store, to: target, from: realRows)
        print(String(format: "  public rows cloned to %d cases in %.1f s", try count(store), Measure.wallSeconds() - cloneStart))

        let out = folder + "/site"
        let cpuBefore = Measure.cpuSeconds()
        let full = try store.publish(to: out)
        // CPU seconds (user + system, every thread) beside the wall time: on a machine shared with
        // other builds the wall time is mostly waiting for a core.
        let cpu = Measure.cpuSeconds() - cpuBefore
        print(String(format: "  whole site            %8.2f s   %d status pages, %d listing pages, %d catalogue and index pages",
                     full.milliseconds / 1000, full.statusWritten, full.listingPages, full.smallPages))
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print(String(format: "                        %8.2f s   of CPU (user + system, all threads); / %d cores = %.1f s, the floor on an idle machine",
                     cpu, cores, cpu / Double(cores)))
        let idle = try store.publish(to: out)
        print(String(format: "  nothing changed       %8.1f ms  %@", idle.milliseconds, idle.changedNothing ? "(no file written)" : "(files written!)"))
        try store.bulkLoad { writer in _ = try script.run(case: index, in: writer, at: Date()) }
        let one = try store.publish(to: out)
        print(String(format: "  after one new case    %8.1f ms  %d status page, %d listing pages, %d catalogue and index pages",
                     one.milliseconds, one.statusWritten, one.listingPages, one.smallPages))
        let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/desk.sqlite")[.size] as? Int) ?? 0
        print(String(format: "  database file %.0f MB", Double(size) / 1e6))
    }

    static func count(_ store: PowerDeskStore) throws -> Int {
        try store.database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM case_public") ?? 0 }
    }

    /// Copies of the real rows under serials CF2010000001… (foreign keys off for the copy: the
    /// clones have no case row, which the publisher never reads).
    static func clone(_ store: PowerDeskStore, to target: Int, from real: Int) throws {
        let extra = target - real
        guard extra > 0, real > 0 else { return }
        try store.database.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.inTransaction {
                let base = try Int64.fetchOne(db, sql: "SELECT MAX(change_seq) FROM case_public") ?? 0
                try db.execute(sql: """
                    WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < ? - 1)
                    INSERT INTO case_public (case_id, item_code, phase, step_name, party, credit_code, opened_on, concluded_on, due_on, late, history, decision, secret, change_seq)
                    SELECT 'CF' || (2010 + i / 999999) || printf('%06d', i % 999999 + 1), p.item_code, p.phase, p.step_name, p.party, p.credit_code,
                           p.opened_on, p.concluded_on, p.due_on, p.late, p.history, p.decision, 0, ? + i + 1
                    FROM k JOIN case_public p ON p.n = 1 + i % ?
                    """, arguments: [extra, base, real])
                try db.execute(sql: """
                    INSERT INTO case_query_code (case_id, code, created_at)
                    SELECT case_id, printf('%016d', abs(random() % 10000000000000000)), 0 FROM case_public WHERE case_id LIKE 'CF20__%' AND n > ?
                    """, arguments: [real])
                return .commit
            }
        }
    }
}
