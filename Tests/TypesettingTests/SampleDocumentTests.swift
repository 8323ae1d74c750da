import Foundation
import Testing
@testable import Typesetting

/// Renders realistic documents to $TMPDIR/powerdesk-typesetting-samples as PDF and PNG, for a
/// person to look at, and checks the basics a reader would notice first.
@Suite struct SampleDocumentTests {
    @Test func penaltyDecisionRendersToPDFAndImages() throws {
        let typesetter = try Fixture.typesetter()
        let directory = try Fixture.sampleDirectory("decision")
        for (name, mark) in [("decision", nil), ("decision-copy", "副本")] as [(String, String?)] {
            let output = try typesetter.typeset(SampleDocuments.penaltyDecision(copyMark: mark))
            let url = directory.appendingPathComponent("\(name).pdf")
            try output.data.write(to: url)
            try Fixture.run("pdftoppm", ["-png", "-r", "70", url.path, directory.appendingPathComponent(name).path])
            #expect(output.pageCount == typesetter.pageCount(SampleDocuments.penaltyDecision(copyMark: mark)))
            #expect(try Fixture.info(of: url)["Pages"] == "\(output.pageCount)")
            #expect(output.missingCharacters.isEmpty)
            #expect(output.missingCharactersWarning == nil)
        }
        let images = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".png") }
        #expect(images.count == 2 * typesetter.pageCount(SampleDocuments.penaltyDecision()))
        print("sample output: \(directory.path)")
    }

    /// The longer decision over several pages, for a person to check the keep-together rules
    /// by eye; checked here with pdftotext page by page: each lead-in is printed on the page of
    /// what it introduces, the footnote with the table's end, and the fine's last line with the
    /// line before it.
    @Test func longDecisionRendersToPDFAndImages() throws {
        let typesetter = try Fixture.typesetter()
        let directory = try Fixture.sampleDirectory("long")
        let output = try typesetter.typeset(SampleDocuments.longDecision())
        let url = directory.appendingPathComponent("long.pdf")
        try output.data.write(to: url)
        try Fixture.run("pdftoppm", ["-png", "-r", "60", url.path, directory.appendingPathComponent("long").path])
        #expect(output.pageCount >= 3)
        #expect(output.missingCharacters.isEmpty)
        let pages = try (1...output.pageCount).map { Fixture.withoutWhitespace(try Fixture.text(of: url, page: $0)) }
        func page(of fragment: String) -> Int? { pages.firstIndex { $0.contains(fragment) } }
        for (first, second) in [
            ("本案认定的主要事实：", "经查，当事人"), ("上述事实有下列证据证明：", "证据名称"), ("注：以上证据", "告知书送达回证"),
            ("壹拾叁万元", "整）。"), ("又不履行本", "2026年3月16日"), ("承办人意见", "负责人意见"),
        ] {
            #expect(page(of: first) != nil && page(of: first) == page(of: second), "\(first) / \(second)")
        }
        #expect(pages.allSatisfy { $0.contains("序号") == $0.contains("证据名称") })
        let images = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".png") }
        #expect(images.count == output.pageCount)
        print("long output: \(directory.path)")
    }

    /// The awkward cases together: a title that wraps, characters the font lacks, a table that
    /// runs over a page with a row taller than a page, and a long audit trail in small type.
    @Test func awkwardDocumentRendersToPDFAndImages() throws {
        let typesetter = try Fixture.typesetter()
        let directory = try Fixture.sampleDirectory("awkward")
        let rows = (1...24).map { index in
            ["\(index)", "2026-03-\(String(format: "%02d", index % 28 + 1)) 09:\(String(format: "%02d", index * 2 % 60))",
             index == 7 ? String(repeating: "审批意见：同意按照一般程序立案调查，请承办人员依法收集证据。", count: 14)
                 : "执法人员王某某提交《立案审批表》，负责人李某某审批同意。"]
        }
        let document = TypesetDocument(
            title: "审批记录",
            blocks: [
                .title("关于南通市某某宗教活动场所违法设立情况的调查处理报告及审批流转记录"),
                .centered("通民宗〔2026〕7号"),
                .paragraph("当事人名为张😀某（身份证所载为“𠀀”字，本字库无此字），特此说明。"),
                .table(TypesetTable(columnWidths: [1, 3, 8], header: ["序号", "时间", "操作记录"], rows: rows, fontSize: 10.5)),
                .heading("审计记录"),
                .small((1...40).map { "\($0). 2026-03-16 09:\(String(format: "%02d", $0)) 用户wang（王某某）查看案件通民宗罚决字〔2026〕12号。" }.joined(separator: "\n")),
            ],
            copyMark: "副本")
        let output = try typesetter.typeset(document)
        #expect(output.missingCharacters == ["😀", "𠀀"])
        let url = directory.appendingPathComponent("awkward.pdf")
        try output.data.write(to: url)
        try Fixture.run("pdftoppm", ["-png", "-r", "70", url.path, directory.appendingPathComponent("awkward").path])
        let images = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".png") }
        #expect(images.count == output.pageCount)
        print("awkward output: \(directory.path)")
    }
}
