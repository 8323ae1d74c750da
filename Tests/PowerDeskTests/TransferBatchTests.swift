import Foundation
import Testing

/// 行政处罚法 Art. 27 through `powerdesk batch`: a CF-032 case (条例 Art. 74, "构成犯罪的，依法追究
/// 刑事责任") is transferred to the police as its end, and the 涉嫌犯罪案件移送书 reads back naming
/// the clause and Art. 27; a CF-019 case, whose article has no such clause, is refused the transfer.
@Suite struct TransferBatchTests {
    static func open(_ request: String, item: String) throws -> String {
        try ConfiscationBatchTests.line([
            "op": "open", "request": request, "item": item, "subject": "假冒宗教教职人员案",
            "party": ["kind": "person", "name": "王某", "id": "320623199001011231", "address": "南通市崇川区某街3号"],
            "materials": ["filing-form": 1, "inquiry-record": 1, "evidence": 1],
            "facts": ["activity-date": "2026-03-01", "place": "某村"],
        ])
    }

    @Test func aSuspectedCrimeIsTransferredWithItsLetter() throws {
        try BinaryHarness.withTemporaryDirectory("transfer") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try BatchResult.decode(try BinaryHarness.batch([try Self.open("t-1", item: "320600-CF-032"), try Self.open("t-2", item: "320600-CF-019")],
                                                                        user: "handler", database: database).lines)
            let criminal = try #require(opened.first?.case, "\(opened)")
            let other = try #require(opened.last?.case, "\(opened)")
            func transfer(_ caseID: String) throws -> String {
                try ConfiscationBatchTests.line(["op": "act", "case": caseID, "action": "transfer", "opinion": "王某假冒僧人收取香客钱财8万元",
                                                 "reason": "涉嫌诈骗罪"])
            }
            let run = try BatchResult.decode(try BinaryHarness.batch([
                BinaryHarness.actLine(case: criminal, action: "file", opinion: "同意立案"), BinaryHarness.actLine(case: other, action: "file", opinion: "同意立案"),
                try transfer(criminal), try transfer(other),
            ], user: "chief", database: database).lines)
            #expect(run.map(\.ok) == [true, true, true, false], "\(run)")
            #expect(run[2].step == "transferred")
            #expect(run[3].errors?.contains { $0.contains("构成犯罪的，依法追究刑事责任") && $0.contains("第27条") } == true, "\(run)")

            let listed = try BinaryHarness.run(["doc", "list", criminal, "--db", database.path]).out
            let row = try #require(listed.split(separator: "\n").first { $0.contains("涉嫌犯罪案件移送书") }, "\(listed)")
            #expect(row.contains("移字"))
            let id = try #require(row.split(separator: " ").first.map(String.init))
            let text = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", id, "--db", database.path]).out)
            for required in ["公安机关：", "《宗教事务条例》第74条“构成犯罪的，依法追究刑事责任”", "第二十七条第一款", "王某假冒僧人收取香客钱财8万元", "涉嫌诈骗罪"] {
                #expect(text.contains(required), "the letter lacks \(required):\n\(text)")
            }
            let pdf = directory.appendingPathComponent("transfer.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", id, "-o", pdf.path, "--db", database.path]).exited(0))
            #expect(DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"])).contains("构成犯罪的，依法追究刑事责任"))
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
