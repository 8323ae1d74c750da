import Foundation
import Testing

/// 大型宗教活动 (条例 Art. 42) through `powerdesk batch` on the demo's clock (2026-03-16): an
/// application 16 days ahead is not accepted; an accepted one goes to the police with a 征求意见函,
/// its reply recorded before the chief's review; the approval is filed with the province before
/// delivery. The letter, the grant and the filing report are read back in text and PDF.
@Suite struct LargeActivityBatchTests {
    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func text(of name: String, case caseID: String, database: URL, directory: URL) throws -> (text: String, pdf: String) {
        let number = try RestDayBatchTests.number(of: name, case: caseID, database: database)
        let text = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", number, "--db", database.path]).out)
        let pdf = directory.appendingPathComponent("\(name).pdf")
        #expect(try BinaryHarness.run(["doc", "pdf", number, "-o", pdf.path, "--db", database.path]).exited(0))
        return (text, DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"])))
    }

    @Test func theLicenceFollowsArticle42() throws {
        try BinaryHarness.withTemporaryDirectory("large-activity") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            var late = try #require(try JSONSerialization.jsonObject(with: Data(BinaryHarness.openLicenceLine(request: "a-1", subject: "迟交申请").utf8)) as? [String: Any])
            late["facts"] = ["activity-name": "浴佛节法会", "activity-date": "2026-04-01", "place": "南通市体育会展中心", "attendance": "3000"]
            let opened = try BatchResult.decode(try BinaryHarness.batch([try Self.line(late), BinaryHarness.openLicenceLine(request: "a-2", subject: "浴佛节法会")],
                                                                        user: "clerk", database: database).lines)
            let lateID = try #require(opened.first?.case, "\(opened)")
            let caseID = try #require(opened.last?.case, "\(opened)")
            let accepted = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: lateID, action: "accept"),
                                                                           BinaryHarness.actLine(case: caseID, action: "accept")],
                                                                          user: "clerk", database: database).lines)
            #expect(accepted.map(\.ok) == [false, true], "\(accepted)")
            #expect(accepted.first?.errors?.contains { $0.contains("第42条") && $0.contains("30日") } == true, "\(accepted)")

            let handled = try BatchResult.decode(try BinaryHarness.batch([
                BinaryHarness.actLine(case: caseID, action: "propose-grant", opinion: "材料齐全，安全预案完备"),
                BinaryHarness.actLine(case: caseID, action: "police-replied", opinion: "南通市公安局复函（通公函〔2026〕18号）：无不同意见"),
            ], user: "handler", database: database).lines)
            #expect(handled.map(\.step) == ["police", "chief-review"], "\(handled)")
            let letter = try Self.text(of: "征求意见函", case: caseID, database: database, directory: directory)
            for required in ["南通市公安局：", "《宗教事务条例》第四十二条", "浴佛节法会", "拟举行日期"] {
                #expect(letter.text.contains(required), "the letter lacks \(required):\n\(letter.text)")
            }
            #expect(letter.pdf.contains("征求你局意见"), "the PDF letter lacks its request")

            _ = try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "chief-approve", opinion: "同意")], user: "chief", database: database)
            _ = try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "grant", opinion: "准予许可")], user: "leader", database: database)
            let file = try Self.line(["op": "act", "case": caseID, "action": "file-with-province", "inputs": ["filed-on": "2026-03-16", "filing-number": "苏宗备〔2026〕3号"]])
            let closing = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "deliver"), file,
                                                                          BinaryHarness.actLine(case: caseID, action: "deliver")],
                                                                         user: "clerk", database: database).lines)
            #expect(closing.map(\.ok) == [false, true, true], "\(closing)")
            #expect(closing.first?.errors?.contains { $0.contains("备案") && $0.contains("第42条") } == true, "\(closing)")
            #expect(closing.last?.step == "done")

            let grant = try Self.text(of: "准予行政许可决定书", case: caseID, database: database, directory: directory)
            for required in ["征求公安机关意见", "通公函〔2026〕18号", "报省级人民政府宗教事务部门备案"] {
                #expect(grant.text.contains(required), "the grant lacks \(required):\n\(grant.text)")
                #expect(grant.pdf.contains(required), "the PDF grant lacks \(required)")
            }
            let filing = try Self.text(of: "大型宗教活动备案报告", case: caseID, database: database, directory: directory)
            #expect(filing.text.contains("通民宗许准字〔2026〕"), "the filing report names the decision:\n\(filing.text)")
            #expect(filing.pdf.contains("第四十二条"))
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
