import Foundation
import Localization
import Storage
import Testing
import Workflow

@testable import PowerDesk

/// An item code, an amount or a file name is one word to the line breaker: it moves to the next
/// line whole, with the closing mark that follows it, and breaks inside only when it is longer
/// than a line (issue 14: the detail pane at 120 columns showed `320600-CF-01` / `9）`).
@Suite struct WordWrapPaneTests {
    static let itemLine = "事项：对非宗教团体等组织举行宗教活动的行政处罚（320600-CF-019）"

    @Test func aCodeBeforeAClosingMarkMovesDownWholeAtEveryWidth() {
        for width in 17...80 {
            let lines = DisplayWidth.wrap(Self.itemLine, to: width)
            #expect(lines.joined() == Self.itemLine, "nothing lost or added at \(width)")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width): \(lines)")
            #expect(lines.contains { $0.contains("320600-CF-019") }, "\(width): \(lines)")
            #expect(!lines.dropFirst().contains { $0.hasPrefix("）") }, "\(width): \(lines)")
            #expect(!lines.dropLast().contains { $0.hasSuffix("（") }, "\(width): \(lines)")
        }
    }

    @Test func lettersDigitsAndDashUnderscoreDotSlashFormOneWord() {
        let text = "已归档：现场照片 scan_2026-03-16/IMG_0042.jpeg（3页）"
        for width in 30...50 {
            let lines = DisplayWidth.wrap(text, to: width)
            #expect(lines.joined() == text)
            #expect(lines.contains { $0.contains("scan_2026-03-16/IMG_0042.jpeg") }, "\(width): \(lines)")
        }
        // Longer than the line: broken inside, never past the width.
        let long = "ab" + String(repeating: "x_y-", count: 10)
        #expect(DisplayWidth.wrap("说明" + long, to: 12).allSatisfy { DisplayWidth.of($0) <= 12 })
        #expect(DisplayWidth.wrap("说明" + long, to: 12).joined() == "说明" + long)
    }

    /// Every open case of the chief's section (在办) at 80 and 120 columns: its item code
    /// stands whole on one row of the detail pane.
    @Test(arguments: [(24, 80), (40, 120)])
    func theDetailPaneShowsEveryItemCodeWhole(rows: Int, columns: Int) throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: rows, columns: columns)
        DeskFixture.press([.tab], on: desk, screen: screen)
        let left = QueuePresenter.width(columns: columns) + 2
        var seen = Set<String>()
        var items = Set<String>()
        for _ in 0..<40 {
            guard let state = desk.selectedState, seen.insert(state.id).inserted else { break }
            items.insert(state.itemCode)
            let pane = (2..<(rows - 2)).map { row in screen.cells[row][left...].map(\.text).joined() }
            #expect(pane.contains { $0.contains(state.itemCode) }, "\(state.id): \(pane.joined(separator: "\n"))")
            DeskFixture.press([.down], on: desk, screen: screen)
        }
        #expect(seen.count >= 8, "the walk covered the demo's open cases")
        #expect(items.contains("320600-CF-019"), "the item whose code was broken at 120 columns")
    }
}
