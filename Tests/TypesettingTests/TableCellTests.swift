import Foundation
import Testing
@testable import Typesetting

/// Table cells: hard line breaks inside a cell, and the padding that decides whether a short
/// label fits a narrow column.
@Suite struct TableCellTests {
    static func layout(_ table: TypesetTable) throws -> TableLayout {
        TableLayouter(shaper: TextShaper(font: try Fixture.font()), geometry: .standard).layout(table)
    }

    static let date = "\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日"

    @Test func aLineBreakInACellStartsANewLineWithinIt() throws {
        let table = TypesetTable(
            columnWidths: [1, 2], header: ["项目", "意见\n（签名）"], rows: [["负责人意见", "同意。\n\n" + Self.date]])
        let layout = try Self.layout(table)
        let header = try #require(layout.header)
        #expect(header.lineCount == 2)
        #expect(header.cells[1].map(\.text) == ["意见", "（签名）"])
        let row = try #require(layout.rows.first)
        #expect(row.lineCount == 3)
        #expect(row.cells[1].map(\.text) == ["同意。", "", Self.date])
        #expect(row.cells[0].map(\.text) == ["负责人意见"])
        // Drawn one line pitch apart, the date on the third line.
        let band = layout.band(row, lines: 0..<row.lineCount, isHeader: false)
        let baselines = band.elements.compactMap { element -> (String, Double)? in
            if case .text(let run) = element, !run.characters.isEmpty { return (run.text, run.baseline) }
            return nil
        }
        let agreed = try #require(baselines.first { $0.0 == "同意。" }?.1)
        let dated = try #require(baselines.first { $0.0 == Self.date }?.1)
        #expect(abs(dated - agreed - 2 * layout.lineHeight) < 1e-9)
        #expect(abs(band.height - layout.height(lines: 3)) < 1e-9)
    }

    /// Rows made taller by line breaks still move whole when short, and a row of many breaks
    /// splits between its lines with the header repeated; nothing is lost or reordered.
    @Test func rowsWithLineBreaksMoveAndSplitAcrossPages() throws {
        let rows = (1...30).map { ["\($0)", "意见\($0)\n\n日期\($0)"] }
        let table = TypesetTable(columnWidths: [1, 6], header: ["序号", "审批意见"], rows: rows)
        let layout = try Self.layout(table)
        #expect(layout.rows.allSatisfy { $0.lineCount == 3 })
        let pages = try KeepTogetherTests.pageRuns([.table(table)])
        #expect(pages.count > 1)
        var seen: [Int] = []
        for runs in pages {
            #expect(runs.prefix(2) == ["序号", "审批意见"], "header repeated")
            let numbers = runs.compactMap { Int($0) }
            seen += numbers
            #expect(runs.filter { $0.hasPrefix("意见") } == numbers.map { "意见\($0)" }, "row moved whole")
            #expect(runs.filter { $0.hasPrefix("日期") } == numbers.map { "日期\($0)" }, "row moved whole")
        }
        #expect(seen == Array(1...30))

        let tall = "首行" + String(repeating: "\n", count: 40) + "末行"
        let split = TypesetTable(columnWidths: [1, 6], header: ["序号", "内容"], rows: [["1", "短"], ["2", tall], ["3", "尾"]])
        let splitPages = try KeepTogetherTests.pageRuns([.table(split)])
        #expect(splitPages.count == 2)
        for runs in splitPages { #expect(runs.prefix(2) == ["序号", "内容"]) }
        #expect(splitPages.flatMap { $0.dropFirst(2) } == ["1", "短", "2", "首行", "末行", "3", "尾"])
        #expect(splitPages[1].contains("末行") && !splitPages[1].contains("首行"))
    }

    @Test func aSignatureRowPrintsItsDateLine() throws {
        let table = TypesetTable(
            columnWidths: [1, 3], header: nil, rows: [["审批人签名", "\n\n" + Self.date]])
        let document = TypesetDocument(title: "签名", blocks: [.table(table)], pageNumbers: false)
        let url = try Fixture.write(try Fixture.typesetter().render(document))
        defer { Fixture.remove(url) }
        let text = try Fixture.text(of: url, layout: true)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.contains { $0.hasPrefix("审批人签名") })
        #expect(lines.contains { Fixture.withoutWhitespace($0) == "年月日" }, "\(lines)")
    }

    /// The archive's narrow columns: "序号" and "页号" in a column two characters plus 6 pt wide
    /// stay on one line, as header and as body cell; a column narrower than two characters
    /// still wraps them (so the check is not vacuous).
    @Test(arguments: [9.0, 10.5, 12.0])
    func aTwoCharacterLabelFitsAColumnTwoCharactersPlusSixPointsWide(size: Double) throws {
        let textWidth = PageGeometry.standard.textWidth
        for (extra, expected) in [(6.0, 1), (8.0, 1), (-1.0, 2)] {
            let column = 2 * size + extra
            let table = TypesetTable(
                columnWidths: [column, textWidth - column], header: ["序号", "文件题名"],
                rows: [["页号", "立案审批表"], ["12", "询问笔录"]], fontSize: size)
            let layout = try Self.layout(table)
            #expect(abs(layout.edges[1] - layout.edges[0] - column) < 1e-6)
            let header = try #require(layout.header)
            #expect(header.cells[0].count == expected, "size \(size), column \(column): \(header.cells[0].map(\.text))")
            #expect(layout.rows[0].cells[0].count == expected, "size \(size), column \(column)")
            if expected == 1 {
                let run = try #require(header.cells[0].first)
                // Centred within the column, clear of both rules.
                #expect(run.x > layout.edges[0] && run.x + run.width < layout.edges[1])
            }
        }
    }
}
