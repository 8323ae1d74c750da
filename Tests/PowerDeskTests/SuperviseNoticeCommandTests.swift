import Foundation
import Testing

/// `powerdesk supervise notice / answer / judge / notices` on a demo database.
@Suite struct SuperviseNoticeCommandTests {
    @Test func aNoticeGoesFromTheMonitorToTheOfficerAndBack() throws {
        try BinaryHarness.withTemporaryDirectory("notice") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let password = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let caseID = try BinaryHarness.value(database, "SELECT case_id FROM supervision_case WHERE officer = 'handler' ORDER BY case_id LIMIT 1")
            let refused = try BinaryHarness.run(["supervise", "notice", "--case", caseID, "--reason", "超期", "--user", "handler", "--db", database.path],
                                                environment: password)
            #expect(refused.exited(1))
            #expect(refused.err.contains("只能由监察岗位发出"), "\(refused.err)")
            let issued = try BinaryHarness.run(["supervise", "notice", "--case", caseID, "--reason", "超期未办，请说明\u{1b}[2J", "--user", "monitor", "--db", database.path],
                                               environment: password)
            #expect(issued.exited(0), "\(issued.err)")
            #expect(issued.out.contains("已发出督办单1，督办对象：李承办"), "\(issued.out)")
            let listed = try BinaryHarness.run(["supervise", "notices", "--user", "handler", "--db", database.path], environment: password)
            #expect(listed.out.hasPrefix("1 order \(caseID) handler "), "\(listed.out)")
            #expect(listed.out.contains("待答复"))
            #expect(!listed.out.contains("\u{1b}"))
            let answered = try BinaryHarness.run(["supervise", "answer", "1", "--text", "已办结", "--user", "handler", "--db", database.path], environment: password)
            #expect(answered.exited(0), "\(answered.err)")
            let judged = try BinaryHarness.run(["supervise", "judge", "1", "--outcome", "satisfactory", "--user", "monitor", "--db", database.path],
                                               environment: password)
            #expect(judged.exited(0), "\(judged.err)")
            let after = try BinaryHarness.run(["supervise", "notices", "--user", "monitor", "--db", database.path], environment: password)
            #expect(after.out.contains("整改到位"))
            let bad = try BinaryHarness.run(["supervise", "judge", "1", "--outcome", "fine", "--user", "monitor", "--db", database.path], environment: password)
            #expect(bad.exited(2))
            #expect(bad.err.contains("评定结果“fine”无效"))
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
