import Foundation
import Testing
@testable import Typesetting

/// The PDF as readers see it, checked with poppler (pdftotext, pdfinfo, pdffonts).
@Suite struct PDFOutputTests {
    @Test func decisionTextComesBackAndTheFileIsA4WithAnEmbeddedSubset() throws {
        let typesetter = try Fixture.typesetter()
        let document = SampleDocuments.penaltyDecision()
        let output = try typesetter.typeset(document)
        let url = try Fixture.write(output.data)
        defer { Fixture.remove(url) }

        let text = Fixture.withoutWhitespace(try Fixture.text(of: url))
        for sentence in SampleDocuments.sentences {
            #expect(text.contains(Fixture.withoutWhitespace(sentence)), "missing: \(sentence)")
        }
        for fixed in ["南通市民族宗教事务局", "行政处罚决定书", "通民宗罚决字〔2026〕12号", "32060219800101001X", "2026年3月16日",
                      "证据名称", "现场检查笔录（2026年2月20日）及", "抄送：南通市崇川区民族宗教事务局"] {
            #expect(text.contains(fixed), "missing: \(fixed)")
        }
        let layoutText = try Fixture.text(of: url, layout: true)
        #expect(layoutText.contains("行政处罚决定书"))

        let info = try Fixture.info(of: url)
        #expect(info["Page size"]?.hasPrefix("595.276 x 841.89 pts (A4)") == true, "\(info)")
        #expect(info["Pages"] == "\(output.pageCount)")
        #expect(output.pageCount == typesetter.pageCount(document))
        // Three pages: the evidence paragraph ends in "如下：" and so goes to page 2 with its table.
        #expect(output.pageCount == 3)
        #expect(info["Title"] == document.title)
        #expect(info["PDF version"] == "1.7")

        let fonts = try Fixture.run("pdffonts", [url.path]).split(separator: "\n").dropFirst(2)
        #expect(fonts.count == 1)
        let columns = try #require(fonts.first).split(separator: " ", omittingEmptySubsequences: true)
        #expect(columns[0].wholeMatch(of: /[A-Z]{6}\+ARPLUMingCN/) != nil, "\(columns)")
        #expect(columns.contains("CID") && columns.contains("Identity-H"))
        // emb sub uni
        #expect(Array(columns.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(columns)")
    }

    @Test func pageCountMatchesAnIndependentCountAndEveryPageIsNumbered() throws {
        // 82 ideographs make exactly three lines: 26 after the indent, then 28 and 28. Widow and
        // orphan control moves a three-line paragraph whole, so a page holds 7 of them.
        let paragraphs = 30
        let blocks = (0..<paragraphs).map { TypesetBlock.paragraph(LayoutTests.chinese(82, from: $0)) }
        let perPage = 22 / 3
        let expected = (paragraphs + perPage - 1) / perPage
        let typesetter = try Fixture.typesetter()
        let document = TypesetDocument(title: "分页", blocks: blocks)
        #expect(typesetter.pageCount(document) == expected)
        let url = try Fixture.write(try typesetter.render(document))
        defer { Fixture.remove(url) }
        #expect(try Fixture.info(of: url)["Pages"] == "\(expected)")
        for page in 1...expected {
            let text = try Fixture.text(of: url, page: page)
            // "— 2 —"; pdftotext may widen the spaces, so any run of them is accepted.
            let number = try Regex("—\\s+\(page)\\s+—")
            #expect(text.contains(number), "page \(page): \(text.suffix(40))")
        }
        // Paragraphs run on across pages once the page numbers are taken out.
        let all = Fixture.withoutWhitespace(try Fixture.text(of: url)).replacing(/—\d+—/, with: "")
        for index in 0..<paragraphs { #expect(all.contains(LayoutTests.chinese(82, from: index)), "paragraph \(index)") }
    }

    @Test func pageNumbersCanBeTurnedOff() throws {
        let document = TypesetDocument(title: "无页码", blocks: [.paragraph("正文。")], pageNumbers: false)
        let url = try Fixture.write(try Fixture.typesetter().render(document))
        defer { Fixture.remove(url) }
        #expect(!(try Fixture.text(of: url)).contains("—"))
    }

    @Test func copyMarkIsStampedOnEveryPage() throws {
        let blocks = (0..<60).map { TypesetBlock.paragraph(LayoutTests.chinese(40, from: $0)) }
        let document = TypesetDocument(title: "副本", blocks: blocks, copyMark: "副本")
        let typesetter = try Fixture.typesetter()
        let pages = typesetter.pageCount(document)
        #expect(pages >= 3)
        let url = try Fixture.write(try typesetter.render(document))
        defer { Fixture.remove(url) }
        for page in 1...pages {
            #expect(try Fixture.text(of: url, page: page).contains("副本"), "page \(page)")
        }
        let original = try Fixture.write(try typesetter.render(TypesetDocument(title: "正本", blocks: blocks)), name: "original.pdf")
        defer { Fixture.remove(original) }
        #expect(!(try Fixture.text(of: original)).contains("副本"))
    }

    @Test func tableHeaderRepeatsOnEveryPageItReaches() throws {
        let rows = (1...70).map { ["\($0)", "2026-03-\(10 + $0 % 20) 09:30", "办理人员王某某提交审批意见，同意立案调查"] }
        let table = TypesetTable(columnWidths: [1, 3, 6], header: ["序号", "时间", "操作记录"], rows: rows)
        let typesetter = try Fixture.typesetter()
        let document = TypesetDocument(title: "表格", blocks: [.title("审批记录"), .table(table)])
        let pages = typesetter.pageCount(document)
        #expect(pages >= 2)
        let url = try Fixture.write(try typesetter.render(document))
        defer { Fixture.remove(url) }
        for page in 1...pages {
            #expect(try Fixture.text(of: url, page: page).contains("操作记录"), "page \(page)")
        }
        let all = Fixture.withoutWhitespace(try Fixture.text(of: url))
        #expect(all.contains("2026-03-2009:30") || all.contains("2026-03-20 09:30"))
    }

    @Test func sameDocumentGivesIdenticalBytesAndOnlyAGivenDateIsWritten() throws {
        let typesetter = try Fixture.typesetter()
        var document = SampleDocuments.penaltyDecision()
        let first = try typesetter.render(document)
        let second = try PDFTypesetter(font: try Fixture.font()).render(document)
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:20260316093000+08'00')"))

        document.creationDate = nil
        let undated = try typesetter.render(document)
        #expect(!String(decoding: undated, as: UTF8.self).contains("/CreationDate"))
        #expect(undated == (try typesetter.render(document)))

        document.blocks.append(.paragraph("另加一段：鑫"))
        let changed = try typesetter.render(document)
        #expect(Self.baseFont(in: changed) != Self.baseFont(in: undated), "a different subset gets a different tag")
        #expect(Self.identifier(in: changed) != Self.identifier(in: undated))
    }

    @Test func subsetIsFarSmallerThanTheFace() throws {
        let document = TypesetDocument(title: "一页", blocks: [
            .title("行政处罚决定书"), .paragraph(SampleDocuments.facts), .paragraph(SampleDocuments.decision),
        ])
        let data = try Fixture.typesetter().render(document)
        let text = String(decoding: data, as: UTF8.self)
        let match = try #require(text.firstMatch(of: /\/Length (\d+) \/Length1 (\d+) \/Filter \/FlateDecode/))
        let compressed = try #require(Int(match.output.1))
        let program = try #require(Int(match.output.2))
        #expect(program < 200_000, "font program \(program) bytes")
        #expect(compressed < program)
        #expect(data.count < 200_000)
        let face = try Fixture.font().directory.tables["glyf"]?.count ?? 0
        #expect(program * 50 < face)
    }

    @Test func crossReferenceOffsetsPointAtTheirObjects() throws {
        let data = [UInt8](try Fixture.typesetter().render(SampleDocuments.penaltyDecision()))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.7\n%"))
        #expect(data[10] >= 0x80 && data[11] >= 0x80, "binary comment line")
        let start = try #require(text.firstMatch(of: /startxref\n(\d+)\n%%EOF\n$/))
        let xref = try #require(Int(start.output.1))
        #expect(Array(data[xref..<(xref + 4)]) == Array("xref".utf8))
        let table = String(decoding: data[xref...], as: UTF8.self)
        let entries = table.matches(of: /(\d{10}) 00000 n \n/).compactMap { Int($0.output.1) }
        #expect(entries.count > 10)
        for (index, offset) in entries.enumerated() {
            let header = Array("\(index + 1) 0 obj".utf8)
            #expect(Array(data[offset..<(offset + header.count)]) == header, "object \(index + 1)")
        }
    }

    @Test func rendersConcurrentlyFromOneSharedFont() async throws {
        let typesetter = try Fixture.typesetter()
        let document = SampleDocuments.penaltyDecision(copyMark: "副本")
        let expected = try typesetter.render(document)
        let results = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<6 { group.addTask { try typesetter.render(document) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func twoPageDecisionRendersQuickly() throws {
        let typesetter = try Fixture.typesetter()
        let document = SampleDocuments.penaltyDecision()
        _ = try typesetter.render(document)
        let clock = ContinuousClock()
        var times: [Duration] = []
        for _ in 0..<5 {
            let start = clock.now
            _ = try typesetter.render(document)
            times.append(clock.now - start)
        }
        let median = times.sorted()[2]
        print("two-page decision: median render \(median)")
        // Well under 100 ms on a developer machine in debug; the bound leaves room for slow CI.
        #expect(median < .milliseconds(300))
    }

    static func baseFont(in data: Data) -> String? {
        String(decoding: data, as: UTF8.self).firstMatch(of: /\/BaseFont \/([A-Z]{6}\+\w+)/).map { String($0.output.1) }
    }

    static func identifier(in data: Data) -> String? {
        String(decoding: data, as: UTF8.self).firstMatch(of: /\/ID \[<([0-9A-F]+)>/).map { String($0.output.1) }
    }
}
