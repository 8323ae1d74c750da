import Foundation
import Testing

/// `powerdesk audit anchor` writes the chain's head to a log outside the database, `backup` does
/// too, and `audit verify` says which anchors it checked the chain against.
@Suite struct AnchorCommandTests {
    @Test func anchorsAreWrittenAndChecked() throws {
        try BinaryHarness.withTemporaryDirectory("anchors") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let log = directory.appendingPathComponent("anchors/anchors.log").path
            let anchored = try BinaryHarness.run(["audit", "anchor", "--db", database.path, "--log", log])
            #expect(anchored.exited(0), "\(anchored.err)")
            #expect(anchored.out.contains("写到库外：\(log)"))
            let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 1)
            #expect(lines.first?.hasPrefix("powerdesk-anchor v1 seq=") == true)

            let verified = try BinaryHarness.run(["audit", "verify", "--db", database.path, "--anchors", log])
            #expect(verified.exited(0), "\(verified.err)")
            #expect(verified.out.contains("已与库外的 1 个锚点核对：\(log)"))

            // Without any anchor of this database, verify says so rather than implying more.
            let empty = directory.appendingPathComponent("empty.log").path
            FileManager.default.createFile(atPath: empty, contents: Data())
            let alone = try BinaryHarness.run(["audit", "verify", "--db", database.path, "--anchors", empty])
            #expect(alone.exited(0))
            #expect(alone.out.contains("没有找到本库的库外锚点"))

            // Records removed after the anchor (head rewound to match) are found.
            let last = try BinaryHarness.value(database, "SELECT MAX(seq) FROM audit")
            let previous = try BinaryHarness.value(database, "SELECT hash FROM audit WHERE seq = \(Int(last)! - 1)")
            let cut = try BinaryHarness.sqlite(database, "DELETE FROM audit WHERE seq = \(last); UPDATE meta SET value = '\(Int(last)! - 1):\(previous)' WHERE key = 'audit_head'")
            #expect(cut.exited(0))
            let found = try BinaryHarness.run(["audit", "verify", "--db", database.path, "--anchors", log])
            #expect(found.exited(1))
            #expect(found.err.contains("审计链只剩 \(Int(last)! - 1) 条记录"))
        }
    }
}
