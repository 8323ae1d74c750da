import Foundation
import Testing

/// Execution through `powerdesk batch` (行政处罚法 Arts. 67, 72; 行政强制法 Arts. 35, 53, 54): on the
/// demo database, its fixed clock moved on as a training day would, a 1000-yuan fine served on
/// 30 March is unpaid on 20 April; the 催告书 states six days overdue and 180 yuan 加处罚款 (text
/// and PDF); a payment of the fine alone is refused naming Art. 72, the full 1180 yuan accepted;
/// the court cannot be asked before the remedy periods.
@Suite struct ExecutionBatchTests {
    /// Sets the demo database's fixed clock to 09:00 in Shanghai on `iso`.
    static func move(_ database: URL, to iso: String) throws {
        let formatter = ISO8601DateFormatter()
        let instant = try #require(formatter.date(from: iso + "T09:00:00+08:00"))
        let done = try BinaryHarness.sqlite(database, "UPDATE meta SET value = '\(Int(instant.timeIntervalSince1970))' WHERE key = 'clock'")
        try #require(done.exited(0), "\(done.err)")
    }

    static func act(_ caseID: String, _ action: String, user: String, database: URL, extra: [String: Any] = [:]) throws -> BatchResult {
        var object: [String: Any] = ["op": "act", "case": caseID, "action": action]
        object.merge(extra) { $1 }
        let results = try BatchResult.decode(try BinaryHarness.batch([try ConfiscationBatchTests.line(object)], user: user, database: database).lines)
        return try #require(results.first)
    }

    @Test func reminderSurchargeAndPayment() throws {
        try BinaryHarness.withTemporaryDirectory("execution") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try BatchResult.decode(try BinaryHarness.batch([try HearingRightBatchTests.open("e-1")], user: "handler", database: database).lines)
            let caseID = try #require(opened.first?.case, "\(opened)")
            let penalty: [String: Any] = ["violations": [["level": "minor", "sanctions": [["kind": "order-stop"], ["kind": "fine", "yuan": "1000"]]]]]
            for (user, action, extra) in [
                ("chief", "file", ["opinion": "同意立案"]),
                ("handler", "finish-investigation", ["opinion": "张某在小区会所组织宗教活动", "participants": ["handler2"], "penalty": penalty]),
                ("chief", "review-approve", ["opinion": "同意"]),
                ("legal", "legal-pass", ["opinion": "合法"]),
                ("handler", "send-notice", [:]),
                ("handler", "record-service", ["inputs": ["service-method": "直接送达", "served-on": "2026-03-16", "recipient": "张某本人"]]),
            ] as [(String, String, [String: Any])] {
                let done = try Self.act(caseID, action, user: user, database: database, extra: extra)
                try #require(done.ok, "\(action): \(done)")
            }
            try Self.move(database, to: "2026-03-30")
            for (user, action, extra) in [
                ("handler", "no-statement", [:]),
                ("leader", "decide-penalty", ["opinion": "依法作出处罚决定", "penalty": penalty]),
                ("clerk", "serve", ["inputs": ["service-method": "直接送达", "served-on": "2026-03-30", "recipient": "张某本人"]]),
            ] as [(String, String, [String: Any])] {
                let done = try Self.act(caseID, action, user: user, database: database, extra: extra)
                try #require(done.ok, "\(action): \(done)")
            }
            // Fifteen days from 30 March end on 14 April; on the 20th six days are overdue.
            try Self.move(database, to: "2026-04-20")
            let early = try Self.act(caseID, "apply-enforcement", user: "handler", database: database, extra: ["opinion": "申请强制执行"])
            #expect(!early.ok && early.errors?.contains { $0.contains("第五十三条") } == true, "\(early)")
            let reminded = try Self.act(caseID, "urge-payment", user: "handler", database: database, extra: ["opinion": "直接送达催告书"])
            #expect(reminded.ok, "\(reminded)")
            let short = try Self.act(caseID, "executed", user: "handler", database: database,
                                     extra: ["opinion": "已缴", "inputs": ["paid-amount": "1000", "paid-on": "2026-04-20", "payment-receipt": "苏财0012345"]])
            #expect(!short.ok && short.errors?.contains { $0.contains("1180") && $0.contains("第七十二条") } == true, "\(short)")
            let paid = try Self.act(caseID, "executed", user: "handler", database: database,
                                    extra: ["opinion": "罚款及加处罚款已缴纳", "inputs": ["paid-amount": "1180", "paid-on": "2026-04-20", "payment-receipt": "苏财0012345"]])
            #expect(paid.ok, "\(paid)")

            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path])
            let number = try #require(listed.out.split(separator: "\n").compactMap { $0.split(separator: " ").first { $0.contains("罚催字") }.map(String.init) }.first,
                                      "\(listed.out)")
            let text = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", number, "--db", database.path]).out)
            for required in ["罚款1000元", "2026年4月14日届满", "已逾期6日", "加处罚款180元", "壹佰捌拾元", "第三十五条"] {
                #expect(text.contains(required), "the reminder lacks \(required):\n\(text)")
            }
            let pdf = directory.appendingPathComponent("reminder.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", number, "-o", pdf.path, "--db", database.path]).exited(0))
            let extracted = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            #expect(extracted.contains("加处罚款180元") && extracted.contains("已逾期6日"), "\(extracted)")
        }
    }
}
