import Foundation
import Testing

/// Competence (条例 Art. 65) through `powerdesk batch`: a proposal naming the registration
/// authority's measure is refused with the article; the chief proposes it to that authority with a
/// 处理建议书 (read back in text and PDF) and the bureau's own order follows.
@Suite struct CompetenceBatchTests {
    @Test func theAuthoritysMeasureIsProposedNotDecided() throws {
        try BinaryHarness.withTemporaryDirectory("competence") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let opened = try BatchResult.decode(try BinaryHarness.batch([try CorrectionOrderBatchTests.openLine(request: "c-1")], user: "handler", database: database).lines)
            let caseID = try #require(opened.first?.case, "\(opened)")
            let filed = try BatchResult.decode(try BinaryHarness.batch([BinaryHarness.actLine(case: caseID, action: "file", opinion: "同意立案")],
                                                                       user: "chief", database: database).lines)
            #expect(filed.map(\.ok) == [true], "\(filed)")
            let proposed = try BatchResult.decode(try BinaryHarness.batch([
                try CorrectionOrderBatchTests.proposal(case: caseID, level: "heavier", kinds: ["order-correction", "replace-officer"]),
                try CorrectionOrderBatchTests.proposal(case: caseID, level: "heavier", kinds: ["order-correction"]),
            ], user: "handler", database: database).lines)
            #expect(proposed.map(\.ok) == [false, true], "\(proposed)")
            #expect(proposed.first?.errors?.contains { $0.contains("第65条") && $0.contains("登记管理机关或者批准设立机关") && $0.contains("责令撤换直接负责的主管人员") } == true,
                    "\(proposed)")

            let refer = try CorrectionOrderBatchTests.line([
                "op": "act", "case": caseID, "action": "propose-to-authority", "opinion": "该寺一年内两次未按规定办理负责人变更登记",
                "inputs": ["referred-measure": "责令撤换直接负责的主管人员", "addressee": "南通市崇川区民族宗教事务局"],
            ])
            let wrong = try CorrectionOrderBatchTests.line([
                "op": "act", "case": caseID, "action": "propose-to-authority", "opinion": "理由",
                "inputs": ["referred-measure": "取消其宗教教职人员身份", "addressee": "南通市崇川区民族宗教事务局"],
            ])
            let referred = try BatchResult.decode(try BinaryHarness.batch([wrong, refer], user: "chief", database: database).lines)
            #expect(referred.map(\.ok) == [false, true], "\(referred)")
            #expect(referred.first?.errors?.contains { $0.contains("第65条") } == true, "\(referred)")
            #expect(referred.last?.step == "review")

            let listed = try BinaryHarness.run(["doc", "list", caseID, "--db", database.path])
            let row = try #require(listed.out.split(separator: "\n").first { $0.contains("处理建议书") }, "\(listed.out)")
            #expect(row.contains("通民宗建字〔2026〕"), "\(row)")
            let number = try #require(row.split(separator: " ").first.map(String.init))
            let text = DocumentCommandTests.squeezed(try BinaryHarness.run(["doc", "show", number, "--db", database.path]).out)
            for required in ["南通市崇川区民族宗教事务局：", "《宗教事务条例》第65条第（一）项", "由登记管理机关或者批准设立机关作出，不属于本局的处罚权限",
                             "责令撤换直接负责的主管人员。", "该寺一年内两次未按规定办理负责人变更登记"] {
                #expect(text.contains(required), "the proposal lacks \(required):\n\(text)")
            }
            #expect(!text.contains("或设立许可"), "\(text)")
            let pdf = directory.appendingPathComponent("proposal.pdf")
            #expect(try BinaryHarness.run(["doc", "pdf", number, "-o", pdf.path, "--db", database.path]).exited(0))
            let extracted = DocumentCommandTests.squeezed(try DocumentCommandTests.poppler("pdftotext", [pdf.path, "-"]))
            #expect(extracted.contains("责令撤换直接负责的主管人员"), "the PDF lacks the measure")

            let order = try CorrectionOrderBatchTests.line(["op": "act", "case": caseID, "action": "order-correction", "opinion": "于期限内办理负责人变更登记",
                                                            "penalty": ["violations": [["level": "heavier", "sanctions": [["kind": "order-correction"]]]]]])
            let ordered = try BatchResult.decode(try BinaryHarness.batch([order], user: "chief", database: database).lines)
            #expect(ordered.map(\.step) == ["correcting"], "\(ordered)")
            #expect(try BinaryHarness.verify(database).exited(0))
        }
    }
}
