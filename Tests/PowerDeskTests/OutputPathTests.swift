import Foundation
import Testing

/// Commands that write a file the user names never write over the database or its journal files,
/// replace an existing file only with --force, and create what they write 0600 in folders 0700
/// (issue 11: `doc pdf REF -o <the database>` overwrote the database and exited 0).
@Suite struct OutputPathTests {
    static let decision = "通民宗罚决字〔2026〕1号"

    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test func theDatabaseAndItsJournalFilesAreNeverWrittenEvenWithForce() throws {
        try BinaryHarness.withTemporaryDirectory("out-db") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let link = directory.appendingPathComponent("innocent.pdf")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: database.path)
            let dotted = directory.appendingPathComponent(".").appendingPathComponent(database.lastPathComponent).path
            for target in [database.path, database.path + "-wal", database.path + "-shm", link.path, dotted] {
                for force in [false, true] {
                    for command in [["doc", "pdf", Self.decision], ["doc", "archive", "CF2025000001"]] {
                        let run = try BinaryHarness.run(command + ["-o", target, "--db", database.path] + (force ? ["--force"] : []))
                        #expect(run.exited(1), "\(command) -o \(target) force \(force): \(run.status)")
                        #expect(run.err.contains("是数据库文件"), "\(run.err)")
                    }
                }
            }
            let english = try BinaryHarness.run(["doc", "pdf", Self.decision, "-o", database.path, "--db", database.path, "--lang", "en"])
            #expect(english.err.contains("is the database (or one of its journal files) and is never written"))
            #expect(try Data(contentsOf: database).prefix(16) == Data("SQLite format 3\0".utf8))
            let wal = FileManager.default.contents(atPath: database.path + "-wal") ?? Data()
            #expect(wal.prefix(4) != Data("%PDF".utf8))
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func anExistingFileIsReplacedOnlyWithForceAndNewFilesAre0600() throws {
        try BinaryHarness.withTemporaryDirectory("out-exists") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let target = directory.appendingPathComponent("notes.txt")
            try Data("my notes".utf8).write(to: target)
            let refused = try BinaryHarness.run(["doc", "pdf", Self.decision, "-o", target.path, "--db", database.path])
            #expect(refused.exited(1))
            #expect(refused.err.contains("已存在，未写入；要覆盖请加 --force"))
            #expect(try String(contentsOf: target, encoding: .utf8) == "my notes")

            let forced = try BinaryHarness.run(["doc", "pdf", Self.decision, "-o", target.path, "--db", database.path, "--force"])
            #expect(forced.exited(0), "\(forced.err)")
            #expect(try Data(contentsOf: target).prefix(5) == Data("%PDF-".utf8))
            #expect(try Self.mode(target.path) == 0o600)

            let fresh = directory.appendingPathComponent("archive.pdf")
            let archive = try BinaryHarness.run(["doc", "archive", "CF2025000001", "-o", fresh.path, "--db", database.path])
            #expect(archive.exited(0), "\(archive.err)")
            #expect(try Self.mode(fresh.path) == 0o600)
            let again = try BinaryHarness.run(["doc", "archive", "CF2025000001", "-o", fresh.path, "--db", database.path, "--lang", "en"])
            #expect(again.exited(1))
            #expect(again.err.contains("already exists and was not written; add --force"))
            // No temporary file is left beside the target.
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).allSatisfy { !$0.contains(".tmp-") })
        }
    }

    @Test func printoutsAre0600InAFolderMade0700() throws {
        try BinaryHarness.withTemporaryDirectory("out-print") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let output = directory.appendingPathComponent("printouts/new")
            let environment = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword, "POWERDESK_OUTPUT": output.path, "POWERDESK_PRINTER": ""]
            for _ in 0..<2 {
                let printed = try BinaryHarness.run(["doc", "print", Self.decision, "--user", "leader", "--db", database.path],
                                                    environment: environment.merging(["PATH": "/nonexistent"]) { $1 })
                #expect(printed.exited(0), "\(printed.out) \(printed.err)")
            }
            #expect(try Self.mode(output.path) == 0o700)
            let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
            #expect(files.count == 2, "\(files)")
            for file in files { #expect(try Self.mode(output.appendingPathComponent(file).path) == 0o600) }
        }
    }
}
