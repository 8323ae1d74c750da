import Foundation
import Testing

/// 行政处罚法 Art. 57 ② on the demo database: the decided 13万元 case was discussed by the heads
/// before the decision, and its 重大案件集体讨论记录 reads back (text and PDF) with the article and
/// the minutes. (The refusal itself is tested through the engine: on the demo's fixed clock no case
/// can reach the decision past its statement period.)
@Suite struct CollectiveDiscussionBatchTests {
    @Test func theDemoDecisionFollowsTheMinutes() throws {
        try BinaryHarness.withTemporaryDirectory("collective") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let caseID = try BinaryHarness.value(database, "SELECT id FROM \"case\" WHERE item_code = '320600-CF-005' AND status = 'closed' ORDER BY id LIMIT 1")
            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path]).out
            let rows = listed.split(separator: "\n")
            let minutes = try #require(rows.firstIndex { $0.contains("重大案件集体讨论记录") }, "\(listed)")
            let decision = try #require(rows.firstIndex { $0.contains("行政处罚决定书") }, "\(listed)")
            #expect(minutes < decision, "the minutes come before the decision:\n\(listed)")
            let id = try #require(rows[minutes].split(separator: " ").first.map(String.init))
            let text = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", id, "--db", database.path]).out)
            for required in ["第五十七条第二款", "局长办公会集体讨论", "较轻"] {
                #expect(text.contains(required), "the minutes lack \(required):\n\(text)")
            }
            let pdf = directory.appendingPathComponent("minutes.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", id, "-o", pdf.path, "--db", database.path]).exited(0))
            #expect(DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"])).contains("第五十七条第二款"))
        }
    }
}
