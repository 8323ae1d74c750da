import Foundation
import Testing

/// 行政处罚法 Art. 32 through `powerdesk batch`: a fine below P05's statutory 10万元 is refused
/// unless proposed as a reduced penalty on one of the article's grounds, with its reasons; then it
/// is flagged for supervision and the 事先告知书 names the ground.
@Suite struct ReducedPenaltyBatchTests {
    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func proposal(_ caseID: String, mitigation: String?, justification: String?) throws -> String {
        var penalty: [String: Any] = ["violations": [["level": "minor", "sanctions": [["kind": "order-stop"], ["kind": "fine", "yuan": "80000"]]]]]
        if let mitigation { penalty["mitigation"] = mitigation }
        if let justification { penalty["justification"] = justification }
        return try line(["op": "act", "case": caseID, "action": "finish-investigation", "opinion": "事实清楚", "participants": ["handler2"], "penalty": penalty])
    }

    @Test func belowTheMinimumOnlyAsAReducedPenalty() throws {
        try BinaryHarness.withTemporaryDirectory("reduced") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let open = try Self.line([
                "op": "open", "request": "r-1", "item": "320600-CF-005", "subject": "减轻处罚",
                "party": ["kind": "organization", "name": "某文化传播有限公司", "id": "91110000600037341L", "address": "南通市崇川区某路1号"],
                "materials": ["filing-form": 1, "inquiry-record": 1, "inspection-record": 1, "evidence": 1],
                "facts": ["activity-date": "2026-03-01", "place": "某会展中心", "attendance": "300"],
            ])
            let opened = try BatchResult.decode(try BinaryHarness.batch([open], user: "handler", database: database).lines)
            let caseID = try #require(opened.first?.case, "\(opened)")
            let filed = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "file", opinion: "同意立案")], user: "chief", database: database).lines)
            try #require(filed.first?.ok == true, "\(filed)")
            let run = try BinaryHarness.batch([
                try Self.proposal(caseID, mitigation: nil, justification: "初犯"),
                try Self.proposal(caseID, mitigation: "sorry", justification: "x"),
                try Self.proposal(caseID, mitigation: "remedied", justification: "当事人主动停止活动并退还费用"),
            ], user: "handler", database: database)
            let results = try BatchResult.decode(run.lines)
            try #require(results.count == 3, "\(run.out) \(run.err)")
            #expect(results.map(\.ok) == [false, false, true])
            #expect(results[0].errors?.first?.contains("第32条") == true, "\(results[0])")
            let flagged = try BinaryHarness.value(database, "SELECT flag_count FROM \"case\" WHERE id = '\(caseID)'")
            #expect(flagged == "1")
            for (user, action, opinion) in [("chief", "review-approve", "同意"), ("legal", "legal-pass", "减轻处罚理由成立"), ("handler", "send-notice", nil)] {
                let done = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: action, opinion: opinion)], user: user, database: database).lines)
                try #require(done.first?.ok == true, "\(action): \(done)")
            }
            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path])
            let number = try #require(listed.out.split(separator: "\n").compactMap { row in
                row.split(separator: " ").first { $0.contains("罚告字") }.map(String.init)
            }.first, "\(listed.out)")
            let shown = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", number, "--db", database.path]).out)
            #expect(shown.contains("《中华人民共和国行政处罚法》第三十二条第（一）项规定的情形，拟依法减轻处罚"), "\(shown)")
        }
    }
}
