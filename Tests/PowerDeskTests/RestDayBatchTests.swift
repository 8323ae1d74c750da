import Foundation
import Testing

/// 民法典 Art. 203 through `powerdesk batch`: on the demo's clock (2026-03-16) a penalty case filed
/// that day has 90 days (行政处罚法 Art. 60) ending on Sunday 2026-06-14; the 立案审批表 states the
/// period ending on Monday 2026-06-15, why, and under which article, in text and PDF. A licence
/// accepted the same day ends on a working Tuesday, which stays.
@Suite struct RestDayBatchTests {
    static func number(of name: String, case caseID: String, database: URL) throws -> String {
        let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path])
        return try #require(listed.out.split(separator: "\n").first { $0.contains(name) }?.split(separator: " ").first.map(String.init), "\(listed.out)")
    }

    @Test func aPeriodEndingOnARestDayEndsOnTheNextWorkingDay() throws {
        try BinaryHarness.withTemporaryDirectory("rest-day") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try BatchResult.decode(try BinaryHarness.batch([try LimitationBatchTests.openLine(request: "r-1", actDate: "2026-03-01")],
                                                                        user: "handler", database: database).lines)
            let penalty = try #require(opened.first?.case, "\(opened)")
            let received = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.openLicenceLine(request: "r-2", subject: "期限")],
                                                                          user: "clerk", database: database).lines)
            let licence = try #require(received.first?.case, "\(received)")
            let filed = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: penalty, action: "file", opinion: "同意立案")],
                                                                       user: "chief", database: database).lines)
            #expect(filed.map(\.ok) == [true], "\(filed)")
            let accepted = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: licence, action: "accept")],
                                                                          user: "clerk", database: database).lines)
            #expect(accepted.map(\.ok) == [true], "\(accepted)")

            let form = try Self.number(of: "立案审批表", case: penalty, database: database)
            let shown = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", form, "--db", database.path]).out)
            for required in ["自立案之日起90日内作出处理决定", "至2026年6月15日届满", "2026年6月14日为法定休假日", "《中华人民共和国民法典》第二百零三条"] {
                #expect(shown.contains(required), "the filing form lacks \(required):\n\(shown)")
            }
            let pdf = directory.appendingPathComponent("form.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", form, "-o", pdf.path, "--db", database.path]).exited(0))
            let extracted = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            for required in ["2026年6月15日届满", "2026年6月14日为法定休假日"] {
                #expect(extracted.contains(required), "the PDF lacks \(required)")
            }

            let notice = try Self.number(of: "受理通知书", case: licence, database: database)
            let text = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", notice, "--db", database.path]).out)
            #expect(text.contains("至2026年3月31日届满"), "\(text)")
            #expect(!text.contains("法定休假日，依照"), "a working last day does not move: \(text)")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
