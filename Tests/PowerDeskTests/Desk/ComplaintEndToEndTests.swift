import Foundation
import Testing

/// The complaints screen in the real binary under tmux at 80×24: a complaint typed in by the
/// clerk, the monitor opens the list with `t`, the detail with Enter, accepts it through the
/// actions and note dialogs, and the database holds the step.
@Suite(.serialized) struct ComplaintEndToEndTests {
    @Test func theMonitorAcceptsAComplaintFromTheDesk() throws {
        try BinaryHarness.withTemporaryDirectory("complaint-e2e") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let added = try BinaryHarness.run(["complaint", "add", "--subject", "窗口拖延", "--body", "递交材料后无人答复", "--name", "孙投诉",
                                               "--contact", "13900002222", "--case", "XK2026000001", "--officer", "handler",
                                               "--user", "clerk", "--db", database.path], environment: ["POWERDESK_PASSWORD": BinaryHarness.demoPassword])
            try #require(added.exited(0), "\(added.err)")
            let id = try BinaryHarness.value(database, "SELECT id FROM complaint")
            let session = try TmuxSession(command: [BinaryHarness.binary.path, "--db", database.path, "--user", "monitor"],
                                          width: 80, height: 24, environment: BinaryHarness.environment())
            defer { session.kill() }
            try session.waitFor("密码")
            try session.type(BinaryHarness.demoPassword)
            try session.press("Enter")
            try session.waitFor("预警(")
            try session.press("y")
            let list = try session.waitFor("未办结1件")
            #expect(list.contains(id) && list.contains("受理期限"))
            try session.press("Enter")
            let detail = try session.waitFor("孙投诉")
            #expect(detail.contains("XK2026000001"))
            try session.press("a")
            try session.waitFor("可办理的动作")
            try session.press("Enter")
            try session.waitFor("意见（可不填）")
            try session.press("Enter")
            try session.waitFor("已受理")
            #expect(try BinaryHarness.value(database, "SELECT status FROM complaint WHERE id = '\(id)'") == "investigate")
            try session.press("Escape")
            try session.press("Escape")
            try session.waitFor("预警(")
        }
    }
}
