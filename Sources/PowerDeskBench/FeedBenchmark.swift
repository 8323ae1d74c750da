import Feed
import Foundation
import Localization
import Storage

/// `powerdesk-bench feed`: one busy day (10,000 operations of the licence flow, so every kind of
/// record a day makes) delivered from the outbox to a PostgreSQL exchange and to a directory
/// drop; prints records/s and the wall time of each, against the 10 s the issue allows.
enum FeedBenchmark {
    static func run(flows: String, calendarDirectory: URL, directory: String, operations: Int, conninfo: String?) throws {
        let database = try BenchmarkDatabase(flows: flows, calendarDirectory: calendarDirectory)
        let folder = try BenchmarkDatabase.folder(in: directory, "feed")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try database.create(at: folder + "/desk.sqlite", users: LicenceFlowScript.users, password: "benchmark")
        let script = try LicenceFlowScript(store: store)
        var done = 0
        var index = 0
        let wall0 = Measure.wallSeconds()
        while done < operations {
            done += try script.run(case: index)
            index += 1
        }
        let writing = Measure.wallSeconds() - wall0
        let ledger = FeedLedger(store)
        let records = try ledger.head()
        print("feed: \(done) operations on \(index) cases wrote \(records) outbox records (\(String(format: "%.2f", writing)) s with the operations themselves)")
        let runner = FeedRunner(ledger: ledger, say: { print("  " + $0.text(.en)) })

        let server = try BenchPostgres.start(named: conninfo)
        let postgres = FeedTargetConfig(name: "hall", kind: .postgres, conninfo: server.conninfo, source: "bench-\(getpid())")
        report("PostgreSQL (batch \(postgres.batch))", runner.run(FeedRunner.target(postgres), config: postgres))

        let drop = FeedTargetConfig(name: "drop", kind: .directory, path: folder + "/drop")
        report("directory  (batch \(drop.batch))", runner.run(FeedRunner.target(drop), config: drop))
    }

    static func report(_ label: String, _ result: FeedRunReport) {
        if let error = result.error {
            print("  \(label): failed: \(error.message.text(.en))")
            return
        }
        let verdict = result.seconds < 10 ? "under" : "OVER"
        print(String(format: "  %@  %6d records in %6.3f s = %8.0f records/s (%@ the 10 s goal)", label, result.records, result.seconds,
                     Double(result.records) / max(result.seconds, 1e-9), verdict))
    }
}
