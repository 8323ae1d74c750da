import Foundation
import Testing

/// Mandatory confiscation through `powerdesk batch`, as a script would meet it: 《宗教事务条例》
/// Art. 69 ② ("有违法所得、非法财物的，没收") refuses a proposal that leaves the recorded gains or
/// property unconfiscated, 行政处罚法 Art. 51 keeps such a case off the on-the-spot procedure, and
/// the 事先告知书 served on the party names the amount and the list (Art. 44, 59), in text and PDF.
@Suite struct ConfiscationBatchTests {
    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func openLine(procedure: String, request: String) throws -> String {
        try line([
            "op": "open", "request": request, "item": "320600-CF-019", "procedure": procedure, "subject": "某公司组织宗教活动案",
            "party": ["kind": "organization", "name": "某文化传播有限公司", "id": "91110000600037341L", "address": "南通市崇川区某路1号"],
            "materials": ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
            "facts": ["activity-date": "2026-03-01", "place": "某村文化礼堂", "illegal-gains": "8000", "illegal-property": "功德箱2个"],
        ])
    }

    static func proposal(case caseID: String, sanctions: [[String: Any]]) throws -> String {
        try line([
            "op": "act", "case": caseID, "action": "finish-investigation", "opinion": "当事人收取费用8000元，设功德箱2个", "participants": ["handler2"],
            "penalty": ["violations": [["level": "minor", "sanctions": [["kind": "order-stop"]] + sanctions + [["kind": "fine", "yuan": "10000"]]]]],
        ])
    }

    static func act(_ caseID: String, _ action: String, opinion: String? = nil) throws -> String {
        var object: [String: Any] = ["op": "act", "case": caseID, "action": action]
        if let opinion { object["opinion"] = opinion }
        return try line(object)
    }

    static func results(_ outcome: ChildProcess.Outcome) throws -> [BatchResult] {
        try BatchResult.decode(outcome.lines)
    }

    @Test func recordedGainsAndPropertyAreConfiscatedAndTheNoticeNamesThem() throws {
        try BinaryHarness.withTemporaryDirectory("confiscation") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try Self.results(try BinaryHarness.batch([try Self.openLine(procedure: "penalty-ordinary", request: "c-1")], user: "handler", database: database))
            let caseID = try #require(opened.first?.case, "\(opened)")
            let filed = try Self.results(try BinaryHarness.batch([try Self.act(caseID, "file", opinion: "同意立案")], user: "chief", database: database))
            try #require(filed.first?.ok == true, "\(filed)")

            let gains: [String: Any] = ["kind": "confiscate-gains", "yuan": "8000"]
            let property: [String: Any] = ["kind": "confiscate-property", "property": [["name": "功德箱", "quantity": "2", "unit": "个"]]]
            let run = try BinaryHarness.batch([
                try Self.proposal(case: caseID, sanctions: []),
                try Self.proposal(case: caseID, sanctions: [gains]),
                try Self.proposal(case: caseID, sanctions: [["kind": "confiscate-gains", "yuan": "9000"], property]),
                try Self.proposal(case: caseID, sanctions: [gains, property]),
            ], user: "handler", database: database)
            let proposed = try Self.results(run)
            try #require(proposed.count == 4, "\(run.out) \(run.err)")
            #expect(proposed.map(\.ok) == [false, false, false, true])
            let omitted = proposed[0].errors ?? []
            #expect(omitted.count == 2, "both the gains and the property: \(omitted)")
            #expect(omitted.allSatisfy { $0.contains("《宗教事务条例》第69条第2款") })
            #expect(omitted.contains { $0.contains("没收违法所得") && $0.contains("8000元") })
            #expect(proposed[1].errors?.contains { $0.contains("没收非法财物") } == true)
            #expect(proposed[2].errors?.contains { $0.contains("超过认定的") } == true)

            for (user, action, opinion) in [("chief", "review-approve", "同意"), ("legal", "legal-pass", "程序合法"), ("handler", "send-notice", nil)] {
                let done = try Self.results(try BinaryHarness.batch([try Self.act(caseID, action, opinion: opinion)], user: user, database: database))
                try #require(done.first?.ok == true, "\(action): \(done)")
            }
            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path])
            let number = try #require(listed.out.split(separator: "\n").compactMap { row in
                row.split(separator: " ").first { $0.contains("罚告字") }.map(String.init)
            }.first, "\(listed.out)")
            let shown = try BinaryHarness.run(["doc", "show", number, "--db", database.path])
            #expect(shown.exited(0), "\(shown.err)")
            let text = DocumentCommandTests.squeezed(shown.out)
            for required in ["没收违法所得人民币8,000.00元", "捌仟元整", "没收非法财物，计：", "功德箱2个"] {
                #expect(text.contains(required), "the notice lacks \(required):\n\(shown.out)")
            }
            let pdf = directory.appendingPathComponent("notice.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", number, "-o", pdf.path, "--db", database.path]).exited(0))
            let extracted = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            for required in ["8,000.00元", "捌仟元整", "功德箱2个"] {
                #expect(extracted.contains(required), "the PDF lacks \(required)")
            }
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func gainsToConfiscateKeepTheCaseOffTheSpot() throws {
        try BinaryHarness.withTemporaryDirectory("confiscation-spot") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try Self.results(try BinaryHarness.batch([try Self.openLine(procedure: "penalty-simplified", request: "s-1")], user: "handler", database: database))
            let caseID = try #require(opened.first?.case, "\(opened)")
            let decide = try Self.line([
                "op": "act", "case": caseID, "action": "decide-on-site", "opinion": "当场处罚",
                "penalty": ["violations": [["level": "minor", "sanctions": [["kind": "order-stop"], ["kind": "fine", "yuan": "200"]]]]],
            ])
            let refused = try Self.results(try BinaryHarness.batch([decide], user: "handler", database: database))
            #expect(refused.first?.ok == false)
            #expect(refused.first?.errors?.contains { $0.contains("不适用简易程序") && $0.contains("第51条") } == true, "\(refused)")
        }
    }
}
