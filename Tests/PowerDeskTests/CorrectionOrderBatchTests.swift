import Foundation
import Testing

/// 行政处罚法 Art. 28 through `powerdesk batch`: a CF-006 case whose only measure is 责令改正 is
/// refused the way to a penalty decision, ends with a 责令限期改正通知书 that sets the period (read
/// back in text and PDF), and the 拒不整改 level is refused while no period has run out.
@Suite struct CorrectionOrderBatchTests {
    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func openLine(request: String) throws -> String {
        try line([
            "op": "open", "request": request, "item": "320600-CF-006", "subject": "某寺未办理负责人变更登记案",
            "party": ["kind": "organization", "name": "南通某某寺", "id": "91110000600037341L", "address": "南通市崇川区某路1号"],
            "materials": ["filing-form": 1, "inquiry-record": 1, "evidence": 1, "certificate": 1],
            "facts": ["matter": "负责人变更未办理变更登记", "changed-on": "2026-01-05", "act-date": "2026-01-05"],
        ])
    }

    static func proposal(case caseID: String, level: String, kinds: [String]) throws -> String {
        try line([
            "op": "act", "case": caseID, "action": "finish-investigation", "opinion": "该寺负责人于2026年1月5日变更，至今未办理变更登记",
            "participants": ["handler2"], "penalty": ["violations": [["level": level, "sanctions": kinds.map { ["kind": $0] }]]],
        ])
    }

    @Test func correctionAloneEndsWithACorrectionOrderSettingThePeriod() throws {
        try BinaryHarness.withTemporaryDirectory("correction-order") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try BatchResult.decode(try BinaryHarness.batch([try Self.openLine(request: "k-1"), try Self.openLine(request: "k-2")],
                                                                        user: "handler", database: database).lines)
            let caseID = try #require(opened.first?.case, "\(opened)")
            let other = try #require(opened.last?.case, "\(opened)")
            let filed = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "file", opinion: "同意立案"),
                                                                        BinaryHarness.actLine(case: other, action: "file", opinion: "同意立案")],
                                                                       user: "chief", database: database).lines)
            #expect(filed.map(\.ok) == [true, true], "\(filed)")
            let proposed = try BatchResult.decode(try BinaryHarness.batch([
                try Self.proposal(case: other, level: "refusal", kinds: ["order-correction", "revoke"]),
                try Self.proposal(case: caseID, level: "minor", kinds: ["order-correction"]),
            ], user: "handler", database: database).lines)
            #expect(proposed.map(\.ok) == [false, true], "\(proposed)")
            #expect(proposed.first?.errors?.contains { $0.contains("拒不整改") && $0.contains("第28条") } == true, "\(proposed)")

            let order = try Self.line(["op": "act", "case": caseID, "action": "order-correction", "opinion": "于期限内办理负责人变更登记",
                                       "penalty": ["violations": [["level": "minor", "sanctions": [["kind": "order-correction"]]]]]])
            let reviewed = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "review-approve", opinion: "同意"), order],
                                                                          user: "chief", database: database).lines)
            #expect(reviewed.map(\.ok) == [false, true], "\(reviewed)")
            #expect(reviewed.first?.errors?.contains { $0.contains("第28条") && $0.contains("责令改正不是行政处罚") } == true, "\(reviewed)")
            #expect(reviewed.last?.step == "correcting")

            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path])
            #expect(!listed.out.contains("行政处罚决定书"), "\(listed.out)")
            let row = try #require(listed.out.split(separator: "\n").first { $0.contains("责令限期改正通知书") }, "\(listed.out)")
            #expect(row.contains("通民宗责限改字〔2026〕"), "\(row)")
            let number = try #require(row.split(separator: " ").first.map(String.init))
            let text = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", number, "--db", database.path]).out)
            for required in ["责令当事人：", "责令改正；", "于期限内办理负责人变更登记", "责令改正不是行政处罚", "30日内改正完毕，即至2026年4月15日止", "第二十八条第一款"] {
                #expect(text.contains(required), "the order lacks \(required):\n\(text)")
            }
            let pdf = directory.appendingPathComponent("order.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", number, "-o", pdf.path, "--db", database.path]).exited(0))
            let extracted = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            #expect(extracted.contains("2026年4月15日止"), "the PDF lacks the period")

            // On the demo's clock the period has not run out: the review cannot find it missed.
            let early = try BatchResult.decode(try BinaryHarness.batch([try Self.line([
                "op": "act", "case": caseID, "action": "not-corrected", "opinion": "未改正", "participants": ["handler2"]])],
                user: "handler", database: database).lines)
            #expect(early.map(\.ok) == [false], "\(early)")
            #expect(early.first?.errors?.contains { $0.contains("2026-04-15") } == true, "\(early)")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
