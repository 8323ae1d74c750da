import Documents
import Testing
import Typesetting
import Workflow

/// What a clerk types cannot change a document's layout, and the markup maps onto the typesetter
/// and plain text the same way.
@Suite struct MarkupTests {
    @Test func typedLineBreaksAndMarksStayText() {
        let typed = "第一行\n= 伪造标题\n> 伪造落款\u{1B}[31m红字\u{202E}反向"
        let cleaned = DocumentText.clean(typed)
        #expect(!cleaned.contains("\n") && !cleaned.contains("\u{1B}") && !cleaned.contains("\u{202E}"))
        let lines = MarkupLine.parseDocument("  经查，" + cleaned)
        #expect(lines == [.paragraph("经查，第一行"), .paragraph("= 伪造标题"), .paragraph("> 伪造落款[31m红字反向")])
    }

    @Test func aPipeCannotSplitATableCell() {
        let lines = MarkupLine.parseDocument("| 当事人 | " + DocumentText.clean("甲 | 乙"))
        #expect(lines == [.tableRow(["当事人", "甲 ｜ 乙"])])
    }

    @Test func tablesGatherTheirRowsAndWidths() {
        let blocks = DocumentLayout.blocks("= 送达回证\n\n|% 1 3\n| 案由 | 甲\n| 受送达人 | 乙\n> 2026年3月2日\n")
        #expect(blocks == [
            .title("送达回证"), .blank,
            .table(TypesetTable(columnWidths: [1, 3], header: nil, rows: [["案由", "甲"], ["受送达人", "乙"]], fontSize: 12)),
            .right("2026年3月2日"),
        ])
    }

    @Test func emptyParagraphsAreLeftOut() {
        #expect(MarkupLine.parseDocument("  \n: 当事人：甲") == [.blank, .plain("当事人：甲")])
        #expect(MarkupLine.parseDocument("  \u{2028}").isEmpty)
    }

    @Test func plainTextCentresTitlesByDisplayColumns() {
        let text = DocumentLayout.plainText("= 行政处罚决定书\n  正文", width: 40)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // 7 CJK characters are 14 columns: (40 - 14) / 2 = 13 spaces before the title.
        #expect(lines.first == Substring(String(repeating: " ", count: 13) + "行政处罚决定书"))
        #expect(lines.dropFirst().first == "　　正文")
    }

    @Test func plainTextNeverStartsALineWithClosingPunctuation() {
        let body = "  " + String(repeating: "字", count: 19) + "，后文"
        let lines = DocumentLayout.plainText(body, width: 40).split(separator: "\n")
        #expect(lines.allSatisfy { !($0.first.map { "，。、；：）".contains($0) } ?? false) })
    }
}
