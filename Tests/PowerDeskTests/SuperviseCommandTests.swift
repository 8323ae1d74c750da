import Foundation
import Testing

/// `powerdesk supervise tick` as the systemd timer runs it: once records, twice records nothing
/// more; escalation days come from the configuration file, and a bad value is refused.
@Suite struct SuperviseCommandTests {
    @Test func theDailyRunRecordsOnceAndReadsItsDaysFromTheConfiguration() throws {
        try BinaryHarness.withTemporaryDirectory("supervise") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let config = directory.appendingPathComponent("powerdesk.yaml")
            try "escalate-chief-after: 0\nescalate-leader-after: 1\n".write(to: config, atomically: true, encoding: .utf8)
            let first = try BinaryHarness.run(["supervise", "tick", "--db", database.path], environment: ["POWERDESK_CONFIG": config.path])
            #expect(first.exited(0), "\(first.err)")
            #expect(first.out.contains("监察巡查完成"))
            let chief = try BinaryHarness.value(database, "SELECT COUNT(*) FROM supervision_event WHERE kind = 'escalated-chief'")
            let red = try BinaryHarness.value(database, "SELECT COUNT(*) FROM supervision_event WHERE kind = 'red'")
            #expect(chief == red && chief != "0")
            let second = try BinaryHarness.run(["supervise", "tick", "--db", database.path], environment: ["POWERDESK_CONFIG": config.path])
            #expect(second.out.contains("新黄灯0件，新红灯0件，升级至处室负责人0件，升级至分管领导0件"), "\(second.out)")
            #expect(try BinaryHarness.verify(database).exited(0))

            try "escalate-chief-after: soon\n".write(to: config, atomically: true, encoding: .utf8)
            let bad = try BinaryHarness.run(["supervise", "tick", "--db", database.path], environment: ["POWERDESK_CONFIG": config.path])
            #expect(bad.exited(1))
            #expect(bad.err.contains("配置项 escalate-chief-after 的值“soon”无效"), "\(bad.err)")
        }
    }
}
