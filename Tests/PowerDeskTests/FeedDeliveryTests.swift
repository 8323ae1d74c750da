import Crypto
import Foundation
import Testing

/// `powerdesk feed run` against a real PostgreSQL 15 the test starts itself, and against a
/// directory: every record exactly once, whatever happens in between (a rerun, SIGKILL in the
/// middle, the server restarting, a record the exchange refuses, a wrong password).
@Suite(.serialized) struct FeedDeliveryTests {
    /// A configuration file with the given `feed:` section, and the environment naming it.
    static func configure(_ directory: URL, _ feed: String) throws -> [String: String] {
        let file = directory.appendingPathComponent("powerdesk.yaml")
        try ("feed:\n" + feed).write(to: file, atomically: true, encoding: .utf8)
        return ["POWERDESK_CONFIG": file.path]
    }

    static func postgres(_ cluster: PostgresCluster, batch: Int = 1000, attempts: Int = 3, timeout: Int = 30) -> String {
        "  hall:\n    kind: postgres\n    conninfo: \"\(cluster.conninfo)\"\n    passfile: \(cluster.passfile)\n    batch: \(batch)\n    attempts: \(attempts)\n    timeout: \(timeout)\n"
    }

    static func head(_ database: URL) throws -> Int {
        try #require(Int(try BinaryHarness.value(database, "SELECT COALESCE(MAX(seq), 0) FROM outbox")))
    }

    /// Each outbox record is in the exchange exactly once, none missing, the cursor at the end,
    /// and the current view holds one row per kind and key with the latest record.
    static func expectExactlyOnce(_ cluster: PostgresCluster, _ database: URL, parked: Int = 0) throws {
        let head = try head(database)
        let row = try #require(try cluster.psql("SELECT COUNT(*), COUNT(DISTINCT seq), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM pd_outbox_log").first)
        #expect(row == ["\(head - parked)", "\(head - parked)", head - parked > 0 ? "1" : "0", "\(head)"], "each record once, none missing")
        #expect(try cluster.value("SELECT last_seq FROM pd_feed_cursor WHERE source = 'powerdesk'") == "\(head)")
        let keys = try BinaryHarness.value(database, "SELECT COUNT(*) FROM (SELECT DISTINCT kind, record_key FROM outbox)")
        if parked == 0 {
            #expect(try cluster.value("SELECT COUNT(*) FROM pd_record") == keys)
            let latest = try BinaryHarness.value(database, "SELECT MAX(seq) FROM outbox WHERE kind = 'case' AND record_key = (SELECT record_key FROM outbox WHERE kind = 'case' ORDER BY seq DESC LIMIT 1)")
            #expect(try cluster.value("SELECT MAX(seq) FROM pd_record WHERE kind = 'case'") == latest)
        }
    }

    /// `count` licence cases opened in one batch, for an outbox big enough to interrupt.
    static func openCases(_ count: Int, _ database: URL, prefix: String) throws {
        let lines = (1...count).map { BinaryHarness.openLicenceLine(request: "\(prefix)-\($0)", subject: "法会\($0)") }
        let result = try BinaryHarness.batch(lines, user: "clerk", database: database)
        try #require(result.exited(0), "batch failed: \(result.err)")
    }

    /// Slows every batch's commit at the exchange, so a run can be caught in the middle.
    static func slowDown(_ cluster: PostgresCluster, seconds: Double) throws {
        try cluster.psql("""
            CREATE OR REPLACE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(\(seconds)); RETURN NEW; END $$;
            CREATE TRIGGER slow BEFORE UPDATE ON pd_feed_cursor FOR EACH ROW EXECUTE FUNCTION slow();
            """)
    }

    /// Waits until the exchange's cursor is past `seq`.
    static func waitForCursor(_ cluster: PostgresCluster, past seq: Int, timeout: TimeInterval = 60) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if let value = Int((try? cluster.value("SELECT last_seq FROM pd_feed_cursor WHERE source = 'powerdesk'")) ?? ""), value > seq { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the cursor never passed \(seq)")
    }

    /// A first run (which makes the exchange's tables), `cases` more cases, the exchange slowed,
    /// and a second run started and caught once its cursor moved `past` records on.
    static func runCaughtMidway(_ cluster: PostgresCluster, _ database: URL, _ environment: [String: String], cases: Int, past: Int) throws -> ChildProcess {
        #expect(try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment).exited(0))
        let delivered = try head(database)
        try openCases(cases, database, prefix: "midway")
        try slowDown(cluster, seconds: 0.05)
        let run = try BinaryHarness.start(["feed", "run", "--db", database.path], environment: environment)
        try waitForCursor(cluster, past: delivered + past)
        return run
    }

    @Test func deliversEachRecordOnceAndARerunNothingTwice() throws {
        try PostgresCluster.with { cluster in
            try BinaryHarness.withTemporaryDirectory("feed-pg") { directory in
                let database = try BinaryHarness.demoDatabase(in: directory)
                let environment = try Self.configure(directory, Self.postgres(cluster))
                let first = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
                #expect(first.exited(0), "\(first.err)")
                #expect(first.out.contains("已送达至第 \(try Self.head(database)) 条"))
                try Self.expectExactlyOnce(cluster, database)
                let again = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
                #expect(again.exited(0) && again.out.contains("无新记录"), "\(again.out) \(again.err)")
                try Self.expectExactlyOnce(cluster, database)
                // A new operation: only its records go.
                let before = try Self.head(database)
                try Self.openCases(1, database, prefix: "new")
                let third = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
                let added = try Self.head(database) - before
                #expect(third.exited(0) && third.out.contains("本次 \(added) 条"), "\(third.out)")
                try Self.expectExactlyOnce(cluster, database)
                // What left: an organisation in full, no address, times in Beijing time.
                let payload = try cluster.value("SELECT payload::text FROM pd_record WHERE kind = 'case' ORDER BY seq DESC LIMIT 1")
                #expect(payload.contains("91110000600037341L") && !payload.contains("崇川区") && payload.contains("+08:00"))
                let status = try BinaryHarness.run(["feed", "status", "--db", database.path], environment: environment)
                let head = try Self.head(database)
                #expect(status.exited(0) && status.out.contains("hall  postgres  \(head)  0  0.0  0  无"), "\(status.out)")
                #expect(try BinaryHarness.verify(database).exited(0))
            }
        }
    }

    @Test func killedMidDeliveryThenRerunDeliversExactlyOnce() throws {
        try PostgresCluster.with { cluster in
            try BinaryHarness.withTemporaryDirectory("feed-kill") { directory in
                let database = try BinaryHarness.demoDatabase(in: directory)
                let environment = try Self.configure(directory, Self.postgres(cluster, batch: 10))
                let run = try Self.runCaughtMidway(cluster, database, environment, cases: 150, past: 20)
                run.kill()
                let killed = run.finish(timeout: 30)
                #expect(killed.reason == .uncaughtSignal, "the run was still delivering when killed")
                let cursor = try #require(Int(try cluster.value("SELECT last_seq FROM pd_feed_cursor")))
                #expect(cursor < (try Self.head(database)), "killed in the middle")
                #expect(try cluster.value("SELECT COUNT(*) FROM pd_outbox_log") == "\(cursor)", "the log holds exactly what the cursor says")
                try cluster.psql("DROP TRIGGER slow ON pd_feed_cursor")
                let rerun = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
                #expect(rerun.exited(0), "\(rerun.err)")
                try Self.expectExactlyOnce(cluster, database)
            }
        }
    }

    @Test func aServerRestartMidRunIsRiddenOut() throws {
        try PostgresCluster.with { cluster in
            try BinaryHarness.withTemporaryDirectory("feed-restart") { directory in
                let database = try BinaryHarness.demoDatabase(in: directory)
                let environment = try Self.configure(directory, Self.postgres(cluster, batch: 10, attempts: 5))
                let run = try Self.runCaughtMidway(cluster, database, environment, cases: 100, past: 10)
                cluster.stop(mode: "fast")
                try cluster.start()
                let outcome = run.finish(timeout: 120)
                #expect(outcome.exited(0), "the run reconnects and finishes: \(outcome.err)")
                #expect(outcome.err.contains("重试"), "it said it was retrying: \(outcome.err)")
                try Self.expectExactlyOnce(cluster, database)
            }
        }
    }

    @Test func aRefusedRecordIsParkedAndTheRestGoOn() throws {
        try PostgresCluster.with { cluster in
            try BinaryHarness.withTemporaryDirectory("feed-poison") { directory in
                let database = try BinaryHarness.demoDatabase(in: directory)
                let environment = try Self.configure(directory, Self.postgres(cluster))
                #expect(try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment).exited(0))
                try Self.openCases(5, database, prefix: "poison")
                let poison = try BinaryHarness.value(database, "SELECT seq FROM outbox WHERE kind = 'case' ORDER BY seq DESC LIMIT 1 OFFSET 2")
                // The exchange's own rule (a schema change at the hall) refuses one record.
                try cluster.psql("""
                    CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN IF NEW.seq = \(poison) THEN RAISE EXCEPTION 'subject too long for the hall'; END IF; RETURN NEW; END $$;
                    CREATE TRIGGER refuse BEFORE INSERT ON pd_outbox_log FOR EACH ROW EXECUTE FUNCTION refuse();
                    """)
                let run = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
                #expect(run.exited(0), "\(run.err)")
                #expect(run.err.contains("第 \(poison) 条记录被目标拒收，已搁置") && run.err.contains("subject too long"), "\(run.err)")
                try Self.expectExactlyOnce(cluster, database, parked: 1)
                #expect(try cluster.value("SELECT COUNT(*) FROM pd_outbox_log WHERE seq = \(poison)") == "0")
                #expect(try cluster.value("SELECT reason FROM pd_feed_parked").contains("subject too long"))
                let status = try BinaryHarness.run(["feed", "status", "--db", database.path], environment: environment)
                #expect(status.out.contains("搁置 第 \(poison) 条"), "\(status.out)")
                // Once the hall takes it, the next run delivers it and unparks it.
                try cluster.psql("DROP TRIGGER refuse ON pd_outbox_log")
                let retried = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
                #expect(retried.exited(0) && retried.err.contains("搁置的第 \(poison) 条记录重试成功"), "\(retried.err)")
                try Self.expectExactlyOnce(cluster, database)
                #expect(try cluster.value("SELECT COUNT(*) FROM pd_feed_parked") == "0")
            }
        }
    }

    @Test func aWrongPasswordOrAStoppedServerIsSaidAndNothingIsLost() throws {
        try PostgresCluster.with { cluster in
            try BinaryHarness.withTemporaryDirectory("feed-faults") { directory in
                let database = try BinaryHarness.demoDatabase(in: directory)
                let environment = try Self.configure(directory, Self.postgres(cluster, attempts: 1))
                try cluster.writePassfile(password: "wrong")
                let refused = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
                #expect(refused.exited(1) && refused.err.contains("前置库拒绝登录"), "\(refused.err)")
                #expect(!refused.err.contains("wrong") && !refused.out.contains("wrong"), "the password is never shown")
                let status = try BinaryHarness.run(["feed", "status", "--db", database.path], environment: environment)
                let head = try Self.head(database)
                #expect(status.out.contains("前置库拒绝登录") && status.out.contains("hall  postgres  0  \(head)  "), "\(status.out)")
                try cluster.writePassfile(password: cluster.password)
                cluster.stop()
                let down = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
                #expect(down.exited(1) && down.err.contains("无法连接前置库") && down.err.contains("保留在发件箱"), "\(down.err)")
                try cluster.start()
                #expect(try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment).exited(0))
                try Self.expectExactlyOnce(cluster, database)
            }
        }
    }

    @Test func aPasswordInTheConfigurationIsRefused() throws {
        try BinaryHarness.withTemporaryDirectory("feed-password") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let environment = try Self.configure(directory, "  hall:\n    kind: postgres\n    conninfo: \"host=/tmp dbname=x password=hunter2\"\n")
            let run = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
            #expect(run.exited(1) && run.err.contains("conninfo 中不得写口令") && !run.err.contains("hunter2"), "\(run.err)")
        }
    }

    // MARK: Directory

    /// Every finished batch's file matches its manifest's SHA-256, and the records across them
    /// are 1...head, each once.
    static func expectDropExactlyOnce(_ drop: URL, _ database: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: drop.path)
        var seqs: [Int] = []
        for done in names.filter({ $0.hasSuffix(".done") }).sorted() {
            let batch = done.dropLast(5)
            let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: drop.appendingPathComponent("\(batch).manifest.json"))) as? [String: Any])
            for file in try #require(manifest["files"] as? [[String: Any]]) {
                let data = try Data(contentsOf: drop.appendingPathComponent(try #require(file["name"] as? String)))
                #expect(SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() == file["sha256"] as? String)
                for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                    seqs.append(try #require(object["seq"] as? Int))
                }
            }
        }
        #expect(seqs == Array(1...(try head(database))), "every record once, in order, none missing")
    }

    @Test func theDirectoryDropSurvivesSIGKILL() throws {
        try BinaryHarness.withTemporaryDirectory("feed-drop") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            try Self.openCases(100, database, prefix: "drop")
            let drop = directory.appendingPathComponent("drop")
            let environment = try Self.configure(directory, "  drop:\n    kind: directory\n    path: \(drop.path)\n    batch: 1\n")
            let run = try BinaryHarness.start(["feed", "run", "--db", database.path], environment: environment)
            let deadline = Date(timeIntervalSinceNow: 60)
            while Date() < deadline, ((try? FileManager.default.contentsOfDirectory(atPath: drop.path)) ?? []).filter({ $0.hasSuffix(".done") }).count < 20 {
                Thread.sleep(forTimeInterval: 0.01)
            }
            run.kill()
            #expect(run.finish(timeout: 30).reason == .uncaughtSignal, "killed while writing batches")
            let rerun = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
            #expect(rerun.exited(0), "\(rerun.err)")
            try Self.expectDropExactlyOnce(drop, database)
            let again = try BinaryHarness.run(["feed", "run", "--db", database.path], environment: environment)
            #expect(again.out.contains("无新记录"))
        }
    }
}
