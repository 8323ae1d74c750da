import Foundation
import Testing

/// 行政处罚法 Art. 63 through `powerdesk batch`: a fine of 1000 yuan on a person gives no hearing,
/// so the request is refused naming the article and the 事先告知书 offers statement and defence
/// only; 6000 yuan (above the configured 5000) gives one, and the notice says so.
@Suite struct HearingRightBatchTests {
    static func open(_ request: String) throws -> String {
        try ConfiscationBatchTests.line([
            "op": "open", "request": request, "item": "320600-CF-019", "subject": "张某在小区会所组织宗教活动案",
            "party": ["kind": "person", "name": "张某", "id": "320623199001011231", "address": "南通市崇川区某街3号"],
            "materials": ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
            "facts": ["activity-date": "2026-03-01", "place": "某小区会所"],
        ])
    }

    static func proposal(_ caseID: String, yuan: String) throws -> String {
        try ConfiscationBatchTests.line([
            "op": "act", "case": caseID, "action": "finish-investigation", "opinion": "张某在小区会所组织宗教活动", "participants": ["handler2"],
            "penalty": ["violations": [["level": "minor", "sanctions": [["kind": "order-stop"], ["kind": "fine", "yuan": yuan]]]]],
        ])
    }

    @Test func aHearingOnlyWhereArticle63GivesTheRight() throws {
        try BinaryHarness.withTemporaryDirectory("hearing-right") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try BatchResult.decode(try BinaryHarness.batch([try Self.open("h-1"), try Self.open("h-2")], user: "handler", database: database).lines)
            let small = try #require(opened.first?.case, "\(opened)")
            let large = try #require(opened.last?.case, "\(opened)")
            for (user, lines) in [
                ("chief", [BinaryHarness.actLine(case: small, action: "file", opinion: "同意立案"), BinaryHarness.actLine(case: large, action: "file", opinion: "同意立案")]),
                ("handler", [try Self.proposal(small, yuan: "1000"), try Self.proposal(large, yuan: "6000")]),
                ("chief", [BinaryHarness.actLine(case: small, action: "review-approve", opinion: "同意"), BinaryHarness.actLine(case: large, action: "review-approve", opinion: "同意")]),
                ("legal", [BinaryHarness.actLine(case: small, action: "legal-pass", opinion: "合法"), BinaryHarness.actLine(case: large, action: "legal-pass", opinion: "合法")]),
                ("handler", [BinaryHarness.actLine(case: small, action: "send-notice"), BinaryHarness.actLine(case: large, action: "send-notice")]),
            ] {
                let done = try BatchResult.decode(try BinaryHarness.batch(lines, user: user, database: database).lines)
                try #require(done.map(\.ok) == [true, true], "\(user): \(done)")
            }
            let asked = try BatchResult.decode(try BinaryHarness.batch([
                try HearingNoticeBatchTests.request(small, date: HearingNoticeBatchTests.lawfulDate, host: "legal"),
                try HearingNoticeBatchTests.request(large, date: HearingNoticeBatchTests.lawfulDate, host: "legal"),
            ], user: "handler", database: database).lines)
            #expect(asked.map(\.ok) == [false, true], "\(asked)")
            #expect(asked.first?.errors?.contains { $0.contains("第63条") && $0.contains("不能要求听证") } == true, "\(asked)")

            func notice(_ caseID: String) throws -> String {
                let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path])
                let number = try #require(listed.out.split(separator: "\n").compactMap { $0.split(separator: " ").first { $0.contains("罚告字") }.map(String.init) }.first,
                                          "\(listed.out)")
                return DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", number, "--db", database.path]).out)
            }
            let without = try notice(small)
            #expect(without.contains("你如需陈述、申辩，应当自收到本告知书之日起五日内"), "\(without)")
            #expect(!without.contains("要求听证"), "\(without)")
            #expect(try notice(large).contains("有权要求听证"))
        }
    }
}
