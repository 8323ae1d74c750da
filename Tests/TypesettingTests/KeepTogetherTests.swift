import Foundation
import Testing
@testable import Typesetting

/// Pagination rules that keep lines together: widows and orphans, lead-ins ending in a colon,
/// the lines before a signature, a footnote after a table. Expected pages follow from the
/// geometry (22 body lines a page) and from the lines the layouter itself produces.
@Suite struct KeepTogetherTests {
    static let linesPerPage = PageGeometry.standard.linesPerPage

    /// `count` one-line plain blocks: exactly `count` body lines.
    static func filler(_ count: Int) -> [TypesetBlock] {
        (0..<count).map { TypesetBlock.plain("填充\($0)" + LayoutTests.chinese(6, from: $0)) }
    }

    /// The lines a block lays out to on its own.
    static func lines(_ block: TypesetBlock) throws -> [String] {
        LayoutTests.runs(try LayoutTests.layouter().items(for: block)).map(\.text)
    }

    /// Each page's text runs, in flow order.
    static func pageRuns(_ blocks: [TypesetBlock]) throws -> [[String]] {
        try LayoutTests.pages(blocks).map { page in
            page.compactMap { element -> String? in
                if case .text(let run) = element, !run.characters.isEmpty { return run.text }
                return nil
            }
        }
    }

    static func page(of line: String, in pages: [[String]]) -> Int? {
        pages.firstIndex { $0.contains(line) }
    }

    // MARK: Widows and orphans

    /// The user's case: a decision's last line "整）。" alone at the top of a page. The filler
    /// leaves room for all lines but the last, so without widow control exactly one would spill.
    @Test func aParagraphsLastLineIsNeverAloneAtTheHeadOfAPage() throws {
        let text = "根据《宗教事务条例》第六十九条的规定，本局决定对当事人作出如下行政处罚：责令停止活动，没收违法所得人民币20,000.00元，并处罚款人民币130,000.00元（大写：壹拾叁万元整）。"
        let lines = try Self.lines(.paragraph(text))
        try #require(lines.count >= 4, "long enough to split two and two")
        let blocks = Self.filler(Self.linesPerPage - (lines.count - 1)) + [.paragraph(text)]
        let document = TypesetDocument(title: "孤行", blocks: blocks, pageNumbers: false)
        let url = try Fixture.write(try Fixture.typesetter().render(document))
        defer { Fixture.remove(url) }
        #expect(try Fixture.info(of: url)["Pages"] == "2")
        let first = Fixture.withoutWhitespace(try Fixture.text(of: url, page: 1))
        let second = Fixture.withoutWhitespace(try Fixture.text(of: url, page: 2))
        let last = lines[lines.count - 1]
        let previous = lines[lines.count - 2]
        #expect(second.contains(last) && second.contains(previous), "the last line takes the one before it along")
        #expect(!first.contains(previous), "only one more line moves than would have spilled")
        #expect(first.contains(lines[lines.count - 3]))
    }

    @Test func aParagraphsFirstLineIsNeverAloneAtTheFootOfAPage() throws {
        let text = LayoutTests.chinese(100, from: 3)
        let lines = try Self.lines(.paragraph(text))
        try #require(lines.count == 4)
        let pages = try Self.pageRuns(Self.filler(Self.linesPerPage - 1) + [.paragraph(text)])
        #expect(pages.count == 2)
        #expect(Self.page(of: lines[0], in: pages) == 1)
        #expect(pages[1] == lines)
    }

    /// A block of two lines moves whole, whatever its kind; one that fits stays.
    @Test(arguments: [
        TypesetBlock.paragraph(LayoutTests.chinese(40, from: 1)),
        .plain(LayoutTests.chinese(40, from: 2)),
        .small(LayoutTests.chinese(60, from: 3)),
        .plain("当事人：张某某\n住址：江苏省南通市崇川区某某路88号"),
    ])
    func aTwoLineBlockIsNeverSplit(block: TypesetBlock) throws {
        let lines = try Self.lines(block)
        try #require(lines.count == 2)
        let split = try Self.pageRuns(Self.filler(Self.linesPerPage - 1) + [block])
        #expect(split.count == 2)
        #expect(split[1] == lines, "both lines on the next page")
        let fits = try Self.pageRuns(Self.filler(Self.linesPerPage - 2) + [block])
        #expect(fits.count == 1)
    }

    /// Random mixes of paragraphs, plain and small text and one-line headings: no block of two
    /// or more lines ever has exactly one of them on a page, and pages still fill up (what is
    /// left empty is less than the longest group kept together: a heading and three lines).
    @Test func noWrappedBlockLeavesALoneLineOnAnyPage() throws {
        var generator = SeededGenerator(seed: 9704)
        let geometry = PageGeometry.standard
        for trial in 0..<40 {
            var blocks: [TypesetBlock] = []
            for index in 0..<Int.random(in: 10...40, using: &generator) {
                let text = LayoutTests.chinese(Int.random(in: 4...200, using: &generator), from: trial + index) + "。"
                switch Int.random(in: 0..<7, using: &generator) {
                case 0 where !(blocks.last.map(Self.isHeading) ?? false): blocks.append(.heading(String(text.prefix(12))))
                case 1, 2: blocks.append(.plain(text))
                case 3: blocks.append(.small(text))
                default: blocks.append(.paragraph(text))
                }
            }
            let pages = try Self.pageRuns(blocks)
            let flow = pages.enumerated().flatMap { page, runs in runs.map { (page: page, text: $0) } }
            var used = Array(repeating: 0.0, count: pages.count)
            var position = 0
            for block in blocks {
                let lines = try Self.lines(block)
                guard position + lines.count <= flow.count else {
                    Issue.record("trial \(trial): lines lost")
                    break
                }
                let placed = flow[position..<(position + lines.count)]
                position += lines.count
                #expect(placed.map(\.text) == lines, "trial \(trial): flow order")
                let height = Self.isSmall(block) ? 10.5 * 1.6 : geometry.bodyLineHeight
                for line in placed { used[line.page] += height }
                guard lines.count >= 2 else { continue }
                var perPage: [Int: Int] = [:]
                for line in placed { perPage[line.page, default: 0] += 1 }
                #expect(!perPage.values.contains(1), "trial \(trial): a lone line of \(lines)")
            }
            #expect(position == flow.count)
            for page in pages.indices.dropLast() {
                #expect(used[page] > geometry.textHeight - 4 * geometry.bodyLineHeight, "trial \(trial) page \(page + 1)")
            }
        }
    }

    static func isSmall(_ block: TypesetBlock) -> Bool {
        if case .small = block { return true }
        return false
    }

    static func isHeading(_ block: TypesetBlock) -> Bool {
        if case .heading = block { return true }
        return false
    }

    // MARK: Lead-ins

    @Test(arguments: ["本案认定的主要事实：", "上述事实有下列证据证明:", "经查明：  "])
    func aLeadInEndingInAColonGoesWithWhatFollows(leadIn: String) throws {
        let body = LayoutTests.chinese(60, from: 5)
        let bodyLines = try Self.lines(.paragraph(body))
        for block in [TypesetBlock.plain(leadIn), .paragraph(leadIn)] {
            let pages = try Self.pageRuns(Self.filler(Self.linesPerPage - 1) + [block, .blank, .paragraph(body)])
            let trimmed = try #require(try Self.lines(block).first)
            #expect(Self.page(of: trimmed, in: pages) == 1, "\(block) goes to the next page with what follows")
            #expect(pages[1].first == trimmed)
            #expect(Self.page(of: bodyLines[0], in: pages) == 1)
        }
        // Control: without the colon the same line stays at the foot of the first page.
        let sentence = String(leadIn.trimmingCharacters(in: .whitespaces).dropLast()) + "。"
        let pages = try Self.pageRuns(Self.filler(Self.linesPerPage - 1) + [.plain(sentence), .paragraph(body)])
        #expect(Self.page(of: sentence, in: pages) == 0)
    }

    /// Checked in the PDF itself: the lead-in is printed on the page where its table starts.
    @Test func aLeadInGoesWithTheTableItIntroduces() throws {
        let leadIn = "上述事实有下列证据证明："
        let table = TypesetTable(columnWidths: [1, 6], header: ["序号", "证据名称"], rows: [["1", "现场检查笔录"], ["2", "询问笔录"]])
        let blocks = Self.filler(Self.linesPerPage - 2) + [.plain(leadIn), .table(table)]
        let document = TypesetDocument(title: "引语", blocks: blocks, pageNumbers: false)
        let url = try Fixture.write(try Fixture.typesetter().render(document))
        defer { Fixture.remove(url) }
        #expect(try Fixture.info(of: url)["Pages"] == "2")
        let first = Fixture.withoutWhitespace(try Fixture.text(of: url, page: 1))
        let second = Fixture.withoutWhitespace(try Fixture.text(of: url, page: 2))
        #expect(!first.contains(leadIn))
        #expect(second.contains(leadIn) && second.contains("序号") && second.contains("现场检查笔录"))
        #expect(first.contains("填充\(Self.linesPerPage - 3)"), "the filler stays")
    }

    // MARK: Signature

    /// The text before a signature ends in a one-line paragraph after a wrapped one: the
    /// signature page still gets at least two body lines, and the wrapped one is not left with
    /// a lone line on the page before.
    @Test func theSignaturePageHoldsAtLeastTwoBodyLines() throws {
        let text = LayoutTests.chinese(100, from: 7) + "\n以上。"
        let lines = try Self.lines(.paragraph(text))
        try #require(lines.count == 5)
        let signature: [TypesetBlock] = [.blank, .right("南通市民族宗教事务局"), .right("2026年3月16日")]
        // Body and the blank fill the first page exactly, so the signature must move.
        let blocks = Self.filler(Self.linesPerPage - lines.count - 1) + [.paragraph(text)] + signature
        let pages = try Self.pageRuns(blocks)
        #expect(pages.count == 2)
        let last = try #require(pages.last)
        #expect(last.suffix(2) == ["南通市民族宗教事务局", "2026年3月16日"])
        let body = last.dropLast(2)
        #expect(body.count >= 2, "\(body)")
        #expect(Array(body) == Array(lines.suffix(body.count)))
        #expect(pages[0].filter(lines.contains).count != 1)
        #expect(Self.page(of: lines[0], in: pages) == 0)
    }

    @Test func aSignatureAfterAOneLineBlockTakesOnlyThatLine() throws {
        let blocks = Self.filler(Self.linesPerPage) + [.blank, .right("南通市民族宗教事务局")]
        let pages = try Self.pageRuns(blocks)
        #expect(pages.count == 2)
        #expect(pages[1] == [try #require(try Self.lines(blocks[Self.linesPerPage - 1]).first), "南通市民族宗教事务局"])
    }

    // MARK: Footnotes and signatures after a table

    /// Every filler height and table length: the footnote (or signature) after a table is
    /// printed on the page of the table's last row, that page repeats the header, and no row
    /// is lost or doubled.
    @Test(arguments: [
        TypesetBlock.small("注：本表所列证据均已当庭出示，当事人无异议。"),
        .right("承办人：王某某"),
    ])
    func whatFollowsATableStaysWithItsLastRow(follower: TypesetBlock) throws {
        let followerLine = try #require(try Self.lines(follower).first)
        var splits = 0
        for fillerLines in 8...Self.linesPerPage {
            for rowCount in 1...6 {
                let rows = (1...rowCount).map { ["\($0)", "第\($0)项证据"] }
                let table = TypesetTable(columnWidths: [1, 6], header: ["序号", "证据名称"], rows: rows)
                let pages = try Self.pageRuns(Self.filler(fillerLines) + [.table(table), follower])
                let label = "filler \(fillerLines), rows \(rowCount)"
                let lastRow = Self.page(of: "第\(rowCount)项证据", in: pages)
                #expect(lastRow != nil && lastRow == Self.page(of: followerLine, in: pages), "\(label)")
                if let lastRow { #expect(pages[lastRow].contains("序号"), "\(label)") }
                let found = pages.flatMap { $0 }.filter { $0.hasSuffix("项证据") }
                #expect(found == rows.map { $0[1] }, "\(label)")
                if lastRow != Self.page(of: "第1项证据", in: pages) { splits += 1 }
            }
        }
        #expect(splits > 0, "some cases split the table, so the last row had to move")
    }
}
