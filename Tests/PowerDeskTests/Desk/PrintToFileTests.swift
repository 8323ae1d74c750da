import Foundation
import Storage
import Testing

@testable import PowerDesk

/// A print with no printer, or when `lp` fails, goes to the user's outbox folder as a file: the
/// desk and the command line say where, and the audit trail says "written to file PATH", never
/// "printed" (issue 14).
@Suite struct PrintToFileTests {
    /// The audit records of `kind`, bodies only.
    static func audit(_ kind: String, _ store: PowerDeskStore) throws -> [String] {
        try store.database.pool.read {
            try String.fetchAll($0, sql: "SELECT body FROM audit WHERE kind = ? ORDER BY seq", arguments: [kind])
        }
    }

    /// At the desk: a printer that does not exist (`lp` fails, or is not installed at all).
    @Test func theDeskWritesTheDocumentAndTheArchiveToTheOutboxAndSaysWhere() throws {
        let fixture = try DeskFixture()
        let outbox = fixture.directory.appendingPathComponent("outbox").path
        let desk = try fixture.desk("leader")
        desk.printer = DocumentPrinter(
            store: fixture.store,
            setup: PrinterSetup(
                printer: "powerdesk-test-no-such-printer",
                outputDirectory: fixture.directory.appendingPathComponent("out").path, outbox: outbox))
        let screen = ScreenBuffer(rows: 24, columns: 80)
        DeskFixture.press([.character("/")] + DeskFixture.type("CF2025000001") + [.enter], on: desk, screen: screen)
        try #require(desk.selectedState?.id == "CF2025000001")
        DeskFixture.press([.character("d"), .character("p")], on: desk, screen: screen)
        let said = try #require(desk.message?.text)
        #expect(said.contains("未打印") && said.contains("文书已写入文件：\(outbox)/"), "\(said)")
        #expect(screen.lines.joined().contains("文书已写入文件"), "the desk shows it")
        let written = try Self.audit("document.writtenToFile", fixture.store)
        #expect(written.count == 1)
        #expect(try Self.audit("document.printed", fixture.store).isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox).filter { $0.hasSuffix(".pdf") }
        #expect(files.count == 1)
        let body = try JSONSerialization.jsonObject(with: Data((written.first ?? "{}").utf8)) as? [String: Any]
        #expect(body?["path"] as? String == "\(outbox)/\(files.first ?? "?")", "\(written)")
        #expect(body?["destination"] as? String == "file")
        #expect(
            FileManager.default.contents(atPath: outbox + "/" + (files.first ?? ""))?.prefix(5) == Data("%PDF-".utf8))

        DeskFixture.press([.character("P")], on: desk, screen: screen)
        #expect(
            desk.message?.text.contains("文书已写入文件：\(outbox)/CF2025000001_archive") == true, "\(desk.message?.text ?? "")"
        )
        #expect(try Self.audit("archive.writtenToFile", fixture.store).count == 1)
        #expect(try Self.audit("archive.printed", fixture.store).isEmpty)
        #expect(try fixture.store.verify().isIntact)
    }

    /// The real binary with a `PATH` whose `lp` is a script that fails.
    @Test func aFailingLpLeavesTheFileInTheOutboxAndTheNextPrintIsACopy() throws {
        try BinaryHarness.withTemporaryDirectory("doc-lp-fails") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let bin = directory.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            let scripts = [
                ("lpstat", "#!/bin/sh\necho 'system default destination: office'\n"),
                ("lp", "#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n"),
            ]
            for (name, script) in scripts {
                let file = bin.appendingPathComponent(name)
                try script.write(to: file, atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
            }
            let outbox = directory.appendingPathComponent("outbox")
            let environment = [
                "POWERDESK_PASSWORD": BinaryHarness.demoPassword,
                "PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                "POWERDESK_OUTPUT": directory.appendingPathComponent("out").path, "POWERDESK_OUTBOX": outbox.path,
            ]
            let arguments = ["doc", "print", DocumentCommandTests.decision, "--user", "leader", "--db", database.path]
            let first = try BinaryHarness.run(arguments, environment: environment)
            #expect(first.exited(0), "\(first.err)")
            #expect(
                first.out.contains("打印失败（lp: The printer or class does not exist.），文书已写入文件：\(outbox.path)/"),
                "\(first.out)")
            let second = try BinaryHarness.run(arguments, environment: environment)
            #expect(second.exited(0))
            let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path).sorted()
            #expect(files.count == 2, "\(files)")
            #expect(
                files.filter { $0.hasSuffix("_副本.pdf") }.count == 1,
                "a written file is an original: the next one is a copy")
            #expect(
                try BinaryHarness.value(database, "SELECT COUNT(*) FROM audit WHERE kind = 'document.printed'") == "0")
            let paths = try BinaryHarness.rows(
                database,
                "SELECT json_extract(body, '$.path') FROM audit WHERE kind = 'document.writtenToFile' ORDER BY seq"
            )
            .compactMap(\.first)
            #expect(Set(paths) == Set(files.map { outbox.path + "/" + $0 }), "\(paths)")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
