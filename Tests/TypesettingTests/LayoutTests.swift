import Testing
@testable import Typesetting

/// GB/T 9704 layout with the real font: the grid, half-width Latin, pagination rules.
@Suite struct LayoutTests {
    static let ideographs = Array("中华人民共和国行政处罚决定书南通市民族宗教事务局经查当事人擅自设立活动场所")

    /// `count` ideographs, no punctuation, cycling through a fixed list.
    static func chinese(_ count: Int, from start: Int = 0) -> String {
        String((0..<count).map { ideographs[(start + $0) % ideographs.count] })
    }

    static func runs(_ items: [LayoutItem]) -> [GlyphRun] {
        items.flatMap(\.elements).compactMap { element in
            if case .text(let run) = element { return run }
            return nil
        }
    }

    static func layouter() throws -> BlockLayouter {
        BlockLayouter(shaper: TextShaper(font: try Fixture.font()), geometry: .standard)
    }

    @Test func gridHoldsTwentyEightCharactersAndTwentyTwoLines() {
        let geometry = PageGeometry.standard
        #expect(abs(geometry.bodyAdvance * 28 - 156 * 72 / 25.4) < 1e-9)
        #expect(abs(geometry.bodyLineHeight * 22 - 225 * 72 / 25.4) < 1e-9)
        #expect(abs(geometry.top - 37 * 72 / 25.4) < 1e-9)
        #expect(abs(geometry.left - 28 * 72 / 25.4) < 1e-9)
    }

    @Test func fullBodyLinesHoldExactlyTwentyEightCharacters() throws {
        let layouter = try Self.layouter()
        let plain = Self.runs(layouter.items(for: .plain(Self.chinese(100))))
        #expect(plain.map(\.characters.count) == [28, 28, 28, 16])
        let paragraph = Self.runs(layouter.items(for: .paragraph(Self.chinese(100))))
        #expect(paragraph.map(\.characters.count) == [26, 28, 28, 18])
        let geometry = PageGeometry.standard
        #expect(abs(paragraph[0].x - (geometry.left + 2 * geometry.bodyAdvance)) < 1e-9)
        #expect(abs(paragraph[1].x - geometry.left) < 1e-9)
        for run in paragraph.dropLast() {
            #expect(abs(run.x + run.width - geometry.right) < 0.001)
        }
    }

    @Test func latinLettersAndDigitsKeepTheFontsOwnWidths() throws {
        let font = try Fixture.font()
        let layouter = try Self.layouter()
        let run = try #require(Self.runs(layouter.items(for: .plain("2026年3月16日"))).first)
        let unitsPerEm = Double(font.metrics.unitsPerEm)
        for shaped in run.characters where shaped.character.isASCII {
            let glyph = try #require(font.glyph(for: shaped.character))
            #expect(abs(shaped.advance - Double(font.advance(of: glyph)) / unitsPerEm * 16) < 1e-9)
            #expect(shaped.advance < PageGeometry.standard.bodyAdvance * 0.75, "digits are half width")
        }
        let year = run.characters.prefix(4).map(\.advance).reduce(0, +)
        #expect(year < 3 * PageGeometry.standard.bodyAdvance)
    }

    @Test func realisticParagraphsNeverExceedTheMeasureNorBreakTheRules() throws {
        let layouter = try Self.layouter()
        let geometry = PageGeometry.standard
        let texts = SampleDocuments.sentences + [SampleDocuments.facts, SampleDocuments.decision, SampleDocuments.evidence]
        for text in texts {
            for block in [TypesetBlock.paragraph(text), .plain(text), .right(text), .heading(text), .title(text)] {
                let runs = Self.runs(layouter.items(for: block))
                #expect(runs.map(\.text).joined() == text.filter { $0 != " " && $0 != "\n" })
                for (index, run) in runs.enumerated() {
                    #expect(run.x >= geometry.left - 1e-9)
                    #expect(run.x + run.width <= geometry.right + LineBreaker.tolerance, "\(run.text)")
                    if index > 0, let first = run.characters.first?.character {
                        #expect(!LineBreakRules.cannotStartLine.contains(first), "\(run.text)")
                    }
                    if index < runs.count - 1, let last = run.characters.last?.character {
                        #expect(!LineBreakRules.cannotEndLine.contains(last), "\(run.text)")
                    }
                }
                for number in ["32060219800101001X", "20,000.00", "30,000.00", "1111020309000123456"] where text.contains(number) {
                    #expect(runs.contains { $0.text.contains(number) }, "\(number) was split")
                }
            }
        }
    }

    @Test func rightAlignedLinesEndFourCharactersFromTheMargin() throws {
        let layouter = try Self.layouter()
        let geometry = PageGeometry.standard
        let run = try #require(Self.runs(layouter.items(for: .right("2026年3月16日"))).first)
        #expect(abs(run.x + run.width - (geometry.right - 4 * geometry.bodyAdvance)) < 1e-9)
        let centred = try #require(Self.runs(layouter.items(for: .centered("通民宗罚决字〔2026〕12号"))).first)
        #expect(abs((centred.x + centred.width / 2) - (geometry.left + geometry.textWidth / 2)) < 1e-9)
    }

    @Test func paragraphTextIsSplitAtLineBreaksAndTypedIndentsAreDropped() throws {
        let layouter = try Self.layouter()
        let runs = Self.runs(layouter.items(for: .paragraph("\u{3000}\u{3000}第一段。\r\n  第二段。")))
        #expect(runs.map(\.text) == ["第一段。", "第二段。"])
        let indent = PageGeometry.standard.left + 2 * PageGeometry.standard.bodyAdvance
        #expect(runs.allSatisfy { abs($0.x - indent) < 1e-9 })
    }

    // MARK: Pagination

    static func pages(_ blocks: [TypesetBlock]) throws -> [[PageElement]] {
        DocumentLayouter(font: try Fixture.font()).layout(TypesetDocument(title: "t", blocks: blocks, pageNumbers: false))
    }

    static func pageTexts(_ blocks: [TypesetBlock]) throws -> [String] {
        try pages(blocks).map { page in
            page.compactMap { element -> String? in
                if case .text(let run) = element { return run.text }
                return nil
            }.joined(separator: "\n")
        }
    }

    @Test func twentyTwoBodyLinesFillAPageExactly() throws {
        let lines = (0..<22).map { TypesetBlock.plain(Self.chinese(28, from: $0)) }
        #expect(try Self.pages(lines).count == 1)
        #expect(try Self.pages(lines + [.plain("末")]).count == 2)
    }

    @Test func aTitleIsNeverLeftAloneAtTheFootOfAPage() throws {
        let filler = (0..<21).map { TypesetBlock.plain(Self.chinese(10, from: $0)) }
        let title = "关于催缴罚款的通知"
        let texts = try Self.pageTexts(filler + [.title(title), .paragraph("正文第一行。")])
        #expect(texts.count == 2)
        #expect(!texts[0].contains(title))
        #expect(texts[1].hasPrefix(title))
    }

    @Test func aHeadingTravelsWithItsFirstLineAcrossBlankLines() throws {
        let filler = (0..<20).map { TypesetBlock.plain(Self.chinese(10, from: $0)) }
        let texts = try Self.pageTexts(filler + [.heading("一、违法事实"), .blank, .paragraph("经查。")])
        #expect(texts.count == 2)
        #expect(texts[1].hasPrefix("一、违法事实"))
    }

    @Test func signatureIsNeverAloneOnAPage() throws {
        let filler = (0..<22).map { TypesetBlock.plain(Self.chinese(10, from: $0)) }
        let texts = try Self.pageTexts(filler + [.blank, .right("南通市民族宗教事务局"), .right("2026年3月16日")])
        #expect(texts.count == 2)
        #expect(texts[1].hasPrefix(Self.chinese(10, from: 21)), "the last body line goes with the signature")
    }

    @Test func pageBreaksForceANewPageButNeverABlankOne() throws {
        let texts = try Self.pageTexts([.pageBreak, .plain("甲"), .pageBreak, .pageBreak, .plain("乙"), .pageBreak])
        #expect(texts == ["甲", "乙"])
        #expect(try Self.pages([]).count == 1, "an empty document is one empty page")
    }

    @Test func blankLinesDoNotOpenAPageTheFlowSpilledOnto() throws {
        let filler = (0..<22).map { TypesetBlock.plain(Self.chinese(5, from: $0)) }
        let pages = try Self.pages(filler + [.blank, .blank, .plain("下页")])
        #expect(pages.count == 2)
        let run = try #require(pages[1].compactMap { element -> GlyphRun? in
            if case .text(let run) = element { return run }
            return nil
        }.first)
        #expect(run.baseline < PageGeometry.standard.top + PageGeometry.standard.bodyLineHeight)
    }

    @Test func tallTableRowsSplitAndEveryPageRepeatsTheHeader() throws {
        let long = String(repeating: Self.chinese(40), count: 30)
        let table = TypesetTable(columnWidths: [1, 5], header: ["序号", "内容"], rows: [["1", "短"], ["2", long], ["3", "尾"]])
        let texts = try Self.pageTexts([.table(table)])
        #expect(texts.count >= 2)
        for text in texts { #expect(text.hasPrefix("序号\n内容"), "header repeated") }
        let body = texts.joined(separator: "\n").split(separator: "\n").filter { $0 != "序号" && $0 != "内容" }.joined()
        #expect(body == "1短2" + long + "3尾")
    }

    @Test func shortRowsMoveWholeInsteadOfSplitting() throws {
        let rows = (1...80).map { ["\($0)", "第\($0)项：\(Self.chinese(20 + $0 % 30, from: $0))"] }
        let table = TypesetTable(columnWidths: [1, 6], header: ["序号", "事项"], rows: rows)
        let layout = TableLayouter(shaper: TextShaper(font: try Fixture.font()), geometry: .standard).layout(table)
        #expect(layout.rows.contains { $0.lineCount > 1 }, "some rows wrap, so a split would show")
        let pages = try Self.pages([.table(table)])
        #expect(pages.count > 1)
        var seen: [Int] = []
        for page in pages {
            let texts = page.compactMap { element -> String? in
                if case .text(let run) = element { return run.text }
                return nil
            }
            let numbers = texts.compactMap { Int($0) }
            seen += numbers
            let cellLines = texts.filter { Int($0) == nil && $0 != "序号" && $0 != "事项" }.count
            // Every row numbered on this page has all of its lines here.
            #expect(cellLines == numbers.map { layout.rows[$0 - 1].lineCount }.reduce(0, +))
        }
        #expect(seen == Array(1...80))
    }

    @Test func oddTableInputStillLaysOut() throws {
        let table = TypesetTable(columnWidths: [.nan, -1, 0], header: nil, rows: [["a"], ["b", "c", "d", "e"], []], fontSize: .infinity)
        let layout = TableLayouter(shaper: TextShaper(font: try Fixture.font()), geometry: .standard).layout(table)
        #expect(layout.edges.count == 5)
        #expect(zip(layout.edges, layout.edges.dropFirst()).allSatisfy { $0 < $1 })
        #expect(try Self.pages([.table(table)]).count == 1)
    }
}
