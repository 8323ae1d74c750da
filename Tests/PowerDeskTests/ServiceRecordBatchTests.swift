import Foundation
import Testing

/// 送达 through `powerdesk batch` on the demo database (fixed clock: Monday 2026-03-16): the
/// 事先告知书's service is recorded with method, date and recipient, a date in the future or a
/// method the law does not know is refused, and the statement period cannot be closed before a
/// service is recorded; the demo's served decision prints its service record on the 送达回证.
@Suite struct ServiceRecordBatchTests {
    static func record(_ caseID: String, on date: String, method: String = "邮寄送达") throws -> String {
        try ConfiscationBatchTests.line([
            "op": "act", "case": caseID, "action": "record-service",
            "inputs": ["service-method": method, "served-on": date, "recipient": "张某本人", "receipt-number": "EMS1234567890"],
        ])
    }

    @Test func theNoticesServiceIsRecordedBeforeItsPeriodRuns() throws {
        try BinaryHarness.withTemporaryDirectory("service-record") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try BatchResult.decode(try BinaryHarness.batch([try HearingRightBatchTests.open("s-1")], user: "handler", database: database).lines)
            let caseID = try #require(opened.first?.case, "\(opened)")
            for (user, line) in [
                ("chief", BinaryHarness.actLine(case: caseID, action: "file", opinion: "同意立案")),
                ("handler", try HearingRightBatchTests.proposal(caseID, yuan: "1000")),
                ("chief", BinaryHarness.actLine(case: caseID, action: "review-approve", opinion: "同意")),
                ("legal", BinaryHarness.actLine(case: caseID, action: "legal-pass", opinion: "合法")),
                ("handler", BinaryHarness.actLine(case: caseID, action: "send-notice")),
            ] {
                let done = try BatchResult.decode(try BinaryHarness.batch([line], user: user, database: database).lines)
                try #require(done.first?.ok == true, "\(user): \(done)")
            }
            let results = try BatchResult.decode(try BinaryHarness.batch([
                BinaryHarness.actLine(case: caseID, action: "no-statement"),
                try Self.record(caseID, on: "2026-03-20"),
                try Self.record(caseID, on: "2026-03-16", method: "电话通知"),
                try Self.record(caseID, on: "2026-03-16"),
                BinaryHarness.actLine(case: caseID, action: "no-statement"),
            ], user: "handler", database: database).lines)
            #expect(results.map(\.ok) == [false, false, false, true, false], "\(results)")
            #expect(results[0].errors?.contains { $0.contains("尚未登记送达") } == true, "\(results[0])")
            #expect(results[1].errors?.contains { $0.contains("晚于今天") } == true, "\(results[1])")
            #expect(results[2].errors?.contains { $0.contains("送达方式") && $0.contains("公告送达") } == true, "\(results[2])")
            // Served today: the five working days from receipt have not run out.
            #expect(results[4].errors?.contains { $0.contains("期满") || $0.contains("届满") } == true, "\(results[4])")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }

    @Test func theDemoDecisionsReceiptPrintsItsService() throws {
        try BinaryHarness.withTemporaryDirectory("service-receipt") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let caseID = try BinaryHarness.value(database, "SELECT id FROM \"case\" WHERE item_code = '320600-CF-005' AND status = 'closed' ORDER BY id LIMIT 1")
            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path]).out
            let row = try #require(listed.split(separator: "\n").first { $0.contains("送达回证") }, "\(listed)")
            let id = try #require(row.split(separator: " ").first.map(String.init))
            let text = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", id, "--db", database.path]).out)
            for required in ["送达方式：直接送达", "送达日期：2026年2月6日", "签收人：南通某文化传播有限公司（法定代表人签收）"] {
                #expect(text.contains(required), "the receipt lacks \(required):\n\(text)")
            }
            let pdf = directory.appendingPathComponent("receipt.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", id, "-o", pdf.path, "--db", database.path]).exited(0))
            let extracted = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            #expect(extracted.contains("直接送达") && extracted.contains("法定代表人签收"), "\(extracted)")
        }
    }
}
