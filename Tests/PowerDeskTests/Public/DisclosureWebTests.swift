import Foundation
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// 双公示 over HTTP and in Chromium: a decision revoked on 复议 is gone from the decisions at the next
/// `powerdesk publish` and listed as withdrawn with its reason, and `/disclosure.json` says the same;
/// `supervise board` prints the publicity deadline's row with the cases behind it.
@Suite(.serialized) struct DisclosureWebTests {
    @Test func aRevokedDecisionIsWithdrawnOnThePageAndInTheOpenData() throws {
        try PublicWebTests.withSite { server, site, database in
            let row = try BinaryHarness.rows(database, """
                SELECT d.case_id, d.number FROM document d WHERE d.type = 'penalty-decision' AND d.number IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM document r WHERE r.replaces = d.id) ORDER BY d.id LIMIT 1
                """)
            let (caseID, number) = try (#require(row.first?.first), #require(row.first?.last))
            let before = try server.get("/disclosure/")
            #expect(before.status == 200 && before.body.contains(number) && !before.body.contains("已撤回的决定"))

            // The 复议 outcome as `remedy_outcome` holds it (written by SQL until its command exists).
            let recorded = try BinaryHarness.sqlite(database, """
                INSERT INTO remedy_outcome (case_id, kind, outcome, decided_on, recorded_by, recorded_at, note)
                VALUES ('\(caseID)', 'review', 'revoked', '2026-03-20', 'monitor', 0, '复议决定书');
                """)
            #expect(recorded.exited(0), "\(recorded.err)")
            let published = try BinaryHarness.run(["publish", "--out", site.path, "--db", database.path])
            #expect(published.exited(0), "\(published.err)")

            let page = try server.get("/disclosure/")
            let parts = page.body.components(separatedBy: "已撤回的决定")
            try #require(parts.count == 2, "one withdrawn section")
            #expect(!parts[0].contains(number))
            #expect(parts[1].contains(number) && parts[1].contains("该决定经行政复议被撤销"))
            let json = try server.get("/disclosure.json")
            #expect(json.status == 200 && json.contentType.hasPrefix("application/json"), "\(json.contentType)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any])
            let decisions = object["decisions"] as? [[String: Any]] ?? []
            let withdrawn = object["withdrawn"] as? [[String: Any]] ?? []
            #expect(!decisions.contains { $0["number"] as? String == number })
            #expect(withdrawn.contains { $0["number"] as? String == number && $0["serial"] as? String == caseID && $0["withdrawnOn"] as? String == "2026-03-20" })
            #expect(decisions.count + withdrawn.count == before.body.components(separatedBy: "<th scope=\"row\">").count - 1)

            let dom = try PublicWebTests.browser(["--dump-dom", "http://127.0.0.1:\(server.port)/disclosure/"], in: server.directory)
            #expect(dom.out.contains("已撤回的决定") && dom.out.contains("该决定经行政复议被撤销") && dom.out.contains("第四十八条第二款"))
        }
    }

    @Test func superviseBoardPrintsThePublicityDeadlineWithItsCases() throws {
        try BinaryHarness.withTemporaryDirectory("board-disclosure") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let password = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let board = try BinaryHarness.run(["supervise", "board", "--user", "monitor", "--db", database.path], environment: password)
            #expect(board.exited(0), "\(board.err)")
            let store = try PowerDeskStore.open(at: database.path)
            let monitor = try #require(try store.users.actor("monitor"))
            let today = CivilDate.inShanghai(DemoSeeder.now)
            let report = try store.disclosureDeadlines(today: today, for: monitor)
            #expect(report.pending.count + report.unpublishedLate.count > 0)
            let summary = "双公示（决定后7个工作日内）：待公示 \(report.pending.count)　未公示已超期 \(report.unpublishedLate.count)　逾期公示 0"
            #expect(board.out.contains(summary), "\(board.out)")
            for line in report.unpublishedLate {
                #expect(board.lines.contains { $0.contains(line.caseID) && $0.contains(line.number) && $0.contains("未公示已超期") })
            }

            let site = directory.appendingPathComponent("site")
            #expect(try BinaryHarness.run(["publish", "--out", site.path, "--db", database.path]).exited(0))
            let after = try BinaryHarness.run(["supervise", "board", "--user", "monitor", "--db", database.path], environment: password)
            #expect(after.out.contains("待公示 0　未公示已超期 0　逾期公示 \(report.unpublishedLate.count)"), "\(after.out)")
            #expect(!after.out.contains("未公示已超期　"))
        }
    }
}
