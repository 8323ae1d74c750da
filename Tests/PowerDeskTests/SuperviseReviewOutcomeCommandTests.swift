import Foundation
import Testing

/// `powerdesk supervise review-outcome` in the real binary: the legal post records a 复议 outcome
/// on a closed case (Chinese names accepted), lists it, and the evaluation's explanation names
/// the case; a wrong outcome is a usage error, another post is refused, nothing half-written.
@Suite(.serialized) struct SuperviseReviewOutcomeCommandTests {
    @Test func theLegalPostRecordsAndListsAnOutcome() throws {
        try BinaryHarness.withTemporaryDirectory("review-outcome") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let password = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let caseID = try BinaryHarness.value(database, "SELECT id FROM \"case\" WHERE status = 'closed' ORDER BY id LIMIT 1")
            let base = ["supervise", "review-outcome", caseID, "--kind", "复议", "--filed", "2026-02-01", "--decided", "2026-03-10",
                        "--body", "南通市人民政府", "--number", "通政复决〔2026〕12号", "--db", database.path]
            let recorded = try BinaryHarness.run(base + ["--outcome", "撤销", "--user", "legal"], environment: password)
            #expect(recorded.exited(0), "\(recorded.err)")
            #expect(recorded.out.contains("已录入：办件 \(caseID) 行政复议，撤销") && recorded.out.contains("计入季度考评"))
            #expect(try BinaryHarness.value(database, "SELECT outcome || ' ' || body || ' ' || document_number || ' ' || filed_on FROM remedy_outcome")
                == "revoked 南通市人民政府 通政复决〔2026〕12号 2026-02-01")

            let listed = try BinaryHarness.run(["supervise", "review-outcome", "--user", "leader", "--db", database.path], environment: password)
            #expect(listed.exited(0), "\(listed.err)")
            #expect(listed.out.contains(caseID) && listed.out.contains("通政复决〔2026〕12号") && listed.out.contains("录入：legal"))

            let bad = try BinaryHarness.run(base + ["--outcome", "改判", "--user", "legal"], environment: password)
            #expect(bad.exited(2))
            #expect(bad.err.contains("不是复议、诉讼结果"))
            let refused = try BinaryHarness.run(base + ["--outcome", "变更", "--number", "x", "--user", "handler"], environment: password)
            #expect(refused.exited(1))
            #expect(refused.err.contains("只能由法制岗位或监察岗位录入"))
            #expect(try BinaryHarness.value(database, "SELECT COUNT(*) FROM remedy_outcome") == "1")

            let explained = try BinaryHarness.run(["evaluate", "--quarter", "2026Q1", "--explain", "--user", "monitor", "--db", database.path],
                                                  environment: password)
            #expect(explained.exited(0), "\(explained.err)")
            #expect(explained.out.contains("\(caseID)(review)"))
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
