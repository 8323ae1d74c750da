import Foundation
import Testing

/// Issue 14 from the command line: user administration with a forced change after a reset,
/// legal's diff and rejection of a new item's draft, and the training clock.
@Suite struct UserAdministrationCommandTests {
    static let demo = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]

    @Test func aResetForcesAChangeBeforeAnyOtherWork() throws {
        try BinaryHarness.withTemporaryDirectory("reset") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let db = ["--db", database.path]
            let reset = try BinaryHarness.run(["user", "reset-password", "clerk", "--user", "admin"] + db,
                                              environment: Self.demo.merging(["POWERDESK_NEW_PASSWORD": "temp"]) { $1 })
            #expect(reset.exited(0), "\(reset.err)")
            #expect(reset.out.contains("下次登录时须修改密码"))
            let refused = try BinaryHarness.run(["batch", "-", "--user", "clerk"] + db, environment: ["POWERDESK_PASSWORD": "temp"])
            #expect(refused.exited(1))
            #expect(refused.err.contains("powerdesk user passwd --user clerk"), "\(refused.err)")
            let changed = try BinaryHarness.run(["user", "passwd", "--user", "clerk"] + db,
                                                environment: ["POWERDESK_PASSWORD": "temp", "POWERDESK_NEW_PASSWORD": "mine"])
            #expect(changed.exited(0), "\(changed.err)")
            #expect(try BinaryHarness.run(["batch", "-", "--user", "clerk"] + db, environment: ["POWERDESK_PASSWORD": "mine"]).exited(0))

            let disabled = try BinaryHarness.run(["user", "disable", "handler2", "--user", "admin"] + db, environment: Self.demo)
            #expect(disabled.exited(0), "\(disabled.err)")
            #expect(try BinaryHarness.run(["batch", "-", "--user", "handler2"] + db, environment: Self.demo).err.contains("账号已停用"))
            let posts = try BinaryHarness.run(["user", "posts", "handler2", "handler", "legal", "--user", "chief"] + db, environment: Self.demo)
            #expect(posts.exited(1), "only an admin")
            #expect(try BinaryHarness.value(database, "SELECT COUNT(*) FROM audit WHERE kind IN ('user.passwordReset', 'user.passwordChanged', 'user.disabled')") == "3")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func legalSeesANewItemAsADiffAndRejectsItWithAReason() throws {
        try BinaryHarness.withTemporaryDirectory("new-item") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let db = ["--db", database.path]
            let model = try String(contentsOf: BinaryHarness.root.appendingPathComponent("Resources/flows/items/320600-CF-001.yaml"), encoding: .utf8)
            let file = directory.appendingPathComponent("320600-CF-041.yaml")
            try model.replacingOccurrences(of: "320600-CF-001", with: "320600-CF-041").write(to: file, atomically: true, encoding: .utf8)
            let added = try BinaryHarness.run(["flows", "add", file.path, "--note", "新增第41项", "--user", "admin"] + db, environment: Self.demo)
            #expect(added.exited(0), "\(added.err)")
            let version = try BinaryHarness.value(database, "SELECT MAX(id) FROM definition_version WHERE status = 'draft'")
            let diff = try BinaryHarness.run(["flows", "diff", version] + db)
            #expect(diff.exited(0), "\(diff.err)")
            #expect(diff.lines.first == "--- /dev/null")
            #expect(diff.lines.contains("+code: 320600-CF-041"))
            let rejected = try BinaryHarness.run(["flows", "reject", version, "--reason", "名称与依据不符", "--user", "legal"] + db, environment: Self.demo)
            #expect(rejected.exited(0), "\(rejected.err)")
            let drafts = try BinaryHarness.run(["flows", "drafts"] + db)
            #expect(drafts.out.contains("名称与依据不符"), "\(drafts.out)")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func theClockMovesOnADemoAndNeverOnProduction() throws {
        try BinaryHarness.withTemporaryDirectory("clock") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let moved = try BinaryHarness.run(["clock", "advance", "5", "--unit", "workday", "--db", database.path])
            #expect(moved.exited(0), "\(moved.err)")
            #expect(moved.out.contains("2026-03-23"), "Monday 03-16 plus five working days: \(moved.out)")
            let production = directory.appendingPathComponent("production.sqlite")
            #expect(try BinaryHarness.run(["init", "--db", production.path], environment: ["POWERDESK_PASSWORD": "12345678"]).exited(0))
            let refused = try BinaryHarness.run(["clock", "advance", "5", "--db", production.path])
            #expect(refused.exited(1))
            #expect(refused.err.contains("正式数据库的时钟不能调整"))
        }
    }
}
