import Foundation
import Testing

/// `powerdesk user unlock NAME --user ADMIN`: an admin lifts a lock; nobody else can.
@Suite struct UserCommandTests {
    @Test func anAdminUnlocksALockedUserAndAClerkCannot() throws {
        try BinaryHarness.withTemporaryDirectory("unlock") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let wrong = ["POWERDESK_PASSWORD": "wrong"], right = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            for _ in 0..<5 { _ = try BinaryHarness.run(["batch", "-", "--user", "handler", "--db", database.path], environment: wrong) }
            let locked = try BinaryHarness.run(["batch", "-", "--user", "handler", "--db", database.path], environment: right)
            #expect(locked.exited(1))
            #expect(locked.err.contains("账号已锁定"))

            let byClerk = try BinaryHarness.run(["user", "unlock", "handler", "--user", "clerk", "--db", database.path], environment: right)
            #expect(byClerk.exited(1))
            #expect(byClerk.err.contains("此操作须由admin办理"), "\(byClerk.err)")

            let byAdmin = try BinaryHarness.run(["user", "unlock", "handler", "--user", "admin", "--db", database.path, "--lang", "en"], environment: right)
            #expect(byAdmin.exited(0), "\(byAdmin.err)")
            #expect(byAdmin.out == "user handler is unlocked\n")
            #expect(try BinaryHarness.run(["batch", "-", "--user", "handler", "--db", database.path], environment: right).exited(0))
            let again = try BinaryHarness.run(["user", "unlock", "handler", "--user", "admin", "--db", database.path], environment: right)
            #expect(again.exited(1))
            #expect(again.err.contains("没有被锁定"))
            #expect(try BinaryHarness.value(database, "SELECT COUNT(*) FROM audit WHERE kind = 'user.unlocked' AND user_id = 'admin'") == "1")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func aProductionInitRefusesAShortPasswordAndLeavesNothing() throws {
        try BinaryHarness.withTemporaryDirectory("init-short") { directory in
            let target = directory.appendingPathComponent("desk.sqlite")
            let short = try BinaryHarness.run(["init", "--db", target.path], environment: ["POWERDESK_PASSWORD": "1234567"])
            #expect(short.exited(1))
            #expect(short.err.contains("密码太短：至少 8 个字符"), "\(short.err)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
            let english = try BinaryHarness.run(["init", "--db", target.path, "--lang", "en"], environment: ["POWERDESK_PASSWORD": "1234567"])
            #expect(english.err.contains("the password is too short: at least 8 characters"))
            let made = try BinaryHarness.run(["init", "--db", target.path], environment: ["POWERDESK_PASSWORD": "12345678"])
            #expect(made.exited(0), "\(made.err)")
            #expect(try BinaryHarness.value(target, "SELECT password_params FROM user WHERE id = 'admin'") == "scrypt:131072:8:1")
        }
    }
}
