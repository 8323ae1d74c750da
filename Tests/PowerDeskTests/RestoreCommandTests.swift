import Foundation
import Testing

/// `powerdesk restore BACKUP`: a backup replaces the database only when its chain, its contents
/// and the anchors kept outside vouch for it; the old file stays beside it; a damaged backup, a
/// forged one or another database's backup changes nothing.
@Suite struct RestoreCommandTests {
    @Test func aGoodBackupReplacesTheDatabaseAndTheOldOneIsKept() throws {
        try BinaryHarness.withTemporaryDirectory("restore") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let backup = directory.appendingPathComponent("copy.sqlite")
            let log = directory.appendingPathComponent("anchors.log").path
            #expect(try BinaryHarness.run(["backup", backup.path, "--db", database.path]).exited(0))
            #expect(try BinaryHarness.run(["audit", "anchor", "--db", database.path, "--log", log]).exited(0))
            let backupRecords = try BinaryHarness.value(backup, "SELECT MAX(seq) FROM audit")
            let backupCases = try BinaryHarness.value(backup, "SELECT COUNT(*) FROM \"case\"")

            // Work done after the backup, anchored: the restore says it is not in the backup.
            let opened = try BinaryHarness.batch([BinaryHarness.openLicenceLine(request: "r-1", subject: "备份之后")], user: "clerk", database: database)
            #expect(opened.exited(0), "\(opened.out) \(opened.err)")
            #expect(try BinaryHarness.run(["audit", "anchor", "--db", database.path, "--log", log]).exited(0))
            let laterRecords = try BinaryHarness.value(database, "SELECT MAX(seq) FROM audit")
            #expect(Int(laterRecords)! > Int(backupRecords)!)

            let restored = try BinaryHarness.run(["restore", backup.path, "--db", database.path, "--anchors", log])
            #expect(restored.exited(0), "\(restored.err)")
            #expect(restored.out.contains("审计链 \(backupRecords) 条记录完好，与库外 1 个锚点相符"), "\(restored.out)")
            #expect(restored.out.contains("库外锚点记到第 \(laterRecords) 条审计记录"), "\(restored.out)")
            #expect(restored.out.contains("被替换的数据库有 \(laterRecords) 条审计记录，备份只有 \(backupRecords) 条"), "\(restored.out)")

            #expect(try BinaryHarness.value(database, "SELECT MAX(seq) FROM audit") == backupRecords)
            #expect(try BinaryHarness.value(database, "SELECT COUNT(*) FROM \"case\"") == backupCases)
            #expect(try BinaryHarness.verify(database).exited(0))
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            let aside = try #require(names.first { $0.hasPrefix("demo.sqlite.before-restore-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") })
            #expect(restored.out.contains(aside))
            // The old file is whole, with the work done after the backup.
            let old = directory.appendingPathComponent(aside)
            #expect(try BinaryHarness.value(old, "SELECT COUNT(*) FROM \"case\" WHERE subject = '备份之后'") == "1")
            #expect(try BinaryHarness.value(old, "SELECT MAX(seq) FROM audit") == laterRecords)
            #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
            // The backup itself was only read.
            #expect(try BinaryHarness.value(backup, "SELECT MAX(seq) FROM audit") == backupRecords)
        }
    }

    @Test func aDamagedOrForgedBackupChangesNothing() throws {
        try BinaryHarness.withTemporaryDirectory("restore-damaged") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let backup = directory.appendingPathComponent("copy.sqlite")
            #expect(try BinaryHarness.run(["backup", backup.path, "--db", database.path]).exited(0))
            let before = try Data(contentsOf: database)
            let log = directory.appendingPathComponent("anchors.log").path
            FileManager.default.createFile(atPath: log, contents: Data())

            // A record changed in the backup breaks its chain.
            let damaged = directory.appendingPathComponent("damaged.sqlite")
            try FileManager.default.copyItem(at: backup, to: damaged)
            #expect(try BinaryHarness.sqlite(damaged, "UPDATE audit SET body = replace(body, 'clerk', 'admin') WHERE seq = 5").exited(0))
            let refused = try BinaryHarness.run(["restore", damaged.path, "--db", database.path, "--anchors", log])
            #expect(refused.exited(1))
            #expect(refused.err.contains("备份 \(damaged.path) 核对未通过"), "\(refused.err)")
            #expect(refused.err.contains("数据库未作任何更改"))

            // A chain that holds together but not with an anchor kept outside is refused too.
            let origin = try BinaryHarness.value(backup, "SELECT hash FROM audit WHERE seq = 1")
            let forged = "powerdesk-anchor v1 seq=3 hash=\(String(repeating: "0", count: 64)) origin=\(origin) at=1773622800\n"
            try forged.write(toFile: log, atomically: true, encoding: .utf8)
            let unanchored = try BinaryHarness.run(["restore", backup.path, "--db", database.path, "--anchors", log])
            #expect(unanchored.exited(1))
            #expect(unanchored.err.contains("核对未通过"), "\(unanchored.err)")

            // Not a database at all.
            let junk = directory.appendingPathComponent("junk.sqlite")
            try Data(repeating: 0x41, count: 8192).write(to: junk)
            let notDatabase = try BinaryHarness.run(["restore", junk.path, "--db", database.path, "--anchors", log])
            #expect(notDatabase.exited(1))
            #expect(notDatabase.err.contains("核对未通过"), "\(notDatabase.err)")
            let missing = try BinaryHarness.run(["restore", directory.appendingPathComponent("none.sqlite").path, "--db", database.path])
            #expect(missing.exited(1))
            #expect(missing.err.contains("找不到备份文件"))

            #expect(try Data(contentsOf: database) == before)
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(!names.contains { $0.contains("before-restore") || $0.contains(".tmp-") }, "\(names)")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func anotherDatabasesBackupNeedsToBeAskedFor() throws {
        try BinaryHarness.withTemporaryDirectory("restore-other") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let other = try BinaryHarness.demoDatabase(in: directory, named: "other.sqlite")
            let backup = directory.appendingPathComponent("other-copy.sqlite")
            #expect(try BinaryHarness.run(["backup", backup.path, "--db", other.path]).exited(0))
            let before = try Data(contentsOf: database)
            let refused = try BinaryHarness.run(["restore", backup.path, "--db", database.path])
            #expect(refused.exited(1))
            #expect(refused.err.contains("不是本数据库的副本"), "\(refused.err)")
            #expect(try Data(contentsOf: database) == before)

            let forced = try BinaryHarness.run(["restore", backup.path, "--db", database.path, "--other-database"])
            #expect(forced.exited(0), "\(forced.err)")
            #expect(try BinaryHarness.value(database, "SELECT hash FROM audit WHERE seq = 1") == BinaryHarness.value(other, "SELECT hash FROM audit WHERE seq = 1"))

            // With no database at the path, the backup simply becomes it.
            let fresh = directory.appendingPathComponent("fresh.sqlite")
            let made = try BinaryHarness.run(["restore", backup.path, "--db", fresh.path])
            #expect(made.exited(0), "\(made.err)")
            #expect(try BinaryHarness.verify(fresh).exited(0))
        }
    }

    @Test func aDatabaseSomeoneIsWritingIsNotReplaced() throws {
        try BinaryHarness.withTemporaryDirectory("restore-busy") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let backup = directory.appendingPathComponent("copy.sqlite")
            #expect(try BinaryHarness.run(["backup", backup.path, "--db", database.path]).exited(0))
            // Another process in the middle of a write transaction, as a desk committing would be.
            let writer = try ChildProcess(executable: BinaryHarness.sqlite3, arguments: ["-batch", database.path],
                                          environment: ProcessInfo.processInfo.environment, directory: directory)
            try writer.send("BEGIN IMMEDIATE; SELECT 'held';")
            #expect(writer.line(0, timeout: 30) == "held")
            let refused = try BinaryHarness.run(["restore", backup.path, "--db", database.path])
            #expect(refused.exited(1))
            #expect(refused.err.contains("正在被使用"), "\(refused.err)")
            try writer.send("ROLLBACK;")
            #expect(writer.finish().exited(0))
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(!names.contains { $0.contains("before-restore") || $0.contains(".tmp-") }, "\(names)")
            #expect(try BinaryHarness.run(["restore", backup.path, "--db", database.path]).exited(0))
        }
    }
}
