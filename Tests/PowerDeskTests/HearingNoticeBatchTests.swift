import Foundation
import Testing

/// 行政处罚法 Art. 64 through `powerdesk batch`: the hearing notice's date, time, place, publicity
/// and host are inputs of 当事人申请听证; a date fewer than seven working days after service, an
/// investigator as host or a host who is nobody is refused naming the article; the notice and the
/// PDF print the particulars; the hearing is not recorded as held before its date.
@Suite struct HearingNoticeBatchTests {
    /// The demo database's fixed clock: Monday 2026-03-16. Its eighth working day on is the 26th.
    static let lawfulDate = "2026-04-15"

    static func request(_ caseID: String, date: String, host: String) throws -> String {
        try ConfiscationBatchTests.line([
            "op": "act", "case": caseID, "action": "request-hearing", "opinion": "当事人书面申请听证",
            "inputs": ["hearing-date": date, "hearing-time": "14:30", "hearing-place": "本局三楼第一会议室", "hearing-public": "公开举行", "hearing-host": host],
        ])
    }

    @Test func theNoticeFixesItsParticularsAndComesSevenWorkingDaysBefore() throws {
        try BinaryHarness.withTemporaryDirectory("hearing-notice") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try BatchResult.decode(try BinaryHarness.batch([try HearingRightBatchTests.open("n-1")], user: "handler", database: database).lines)
            let caseID = try #require(opened.first?.case, "\(opened)")
            for (user, line) in [
                ("chief", BinaryHarness.actLine(case: caseID, action: "file", opinion: "同意立案")),
                ("handler", try HearingRightBatchTests.proposal(caseID, yuan: "6000")),
                ("chief", BinaryHarness.actLine(case: caseID, action: "review-approve", opinion: "同意")),
                ("legal", BinaryHarness.actLine(case: caseID, action: "legal-pass", opinion: "合法")),
                ("handler", BinaryHarness.actLine(case: caseID, action: "send-notice")),
            ] {
                let done = try BatchResult.decode(try BinaryHarness.batch([line], user: user, database: database).lines)
                try #require(done.first?.ok == true, "\(user): \(done)")
            }
            let date = Self.lawfulDate
            let asked = try BatchResult.decode(try BinaryHarness.batch([
                try Self.request(caseID, date: "2026-03-25", host: "legal"),
                try Self.request(caseID, date: date, host: "handler2"),
                try Self.request(caseID, date: date, host: "nobody"),
                try Self.request(caseID, date: date, host: "legal"),
            ], user: "handler", database: database).lines)
            #expect(asked.map(\.ok) == [false, false, false, true], "\(asked)")
            #expect(asked[0].errors?.contains { $0.contains("第六十四条第（二）项") && $0.contains("七日前") } == true, "\(asked[0])")
            #expect(asked[1].errors?.contains { $0.contains("赵承办") && $0.contains("第六十四条第（四）项") } == true, "\(asked[1])")
            #expect(asked[2].errors?.contains { $0.contains("nobody") && $0.contains("听证主持人") } == true, "\(asked[2])")

            let held = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "hearing-held", opinion: "听证结束")],
                                                                      user: "handler", database: database).lines)
            #expect(held.first?.ok == false && held.first?.errors?.contains { $0.contains("听证日期") } == true, "\(held)")

            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path])
            let number = try #require(listed.out.split(separator: "\n").compactMap { $0.split(separator: " ").first { $0.contains("罚听字") }.map(String.init) }.first,
                                      "\(listed.out)")
            let printedDate = "2026年4月15日"
            let shown = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", number, "--db", database.path]).out)
            for required in ["听证时间：" + printedDate + "14:30", "听证地点：本局三楼第一会议室", "听证方式：公开举行", "听证主持人：周法制"] {
                #expect(shown.contains(DocumentCommandTests.squeezed(required)), "the notice lacks \(required):\n\(shown)")
            }
            let pdf = directory.appendingPathComponent("hearing.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", number, "-o", pdf.path, "--db", database.path]).exited(0))
            let extracted = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            for required in ["本局三楼第一会议室", "公开举行", "周法制", printedDate] {
                #expect(extracted.contains(required), "the PDF lacks \(required)")
            }
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
