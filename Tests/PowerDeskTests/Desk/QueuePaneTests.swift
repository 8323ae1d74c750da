import Foundation
import Localization
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// The queue drawn into an in-memory screen at 80×24 and 120×40: columns aligned in display
/// columns, long text cut with an ellipsis at a character boundary, the selected row reversed,
/// deadline levels marked by symbol as well as colour.
@Suite struct QueuePaneTests {
    @Test(arguments: [(24, 80), (40, 120)])
    func theChiefsQueueAlignsAndMarksLevels(rows: Int, columns: Int) throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: rows, columns: columns)
        desk.render(on: screen)
        #expect(screen.lines[0].hasPrefix("PowerDesk 南通市民族宗教事务局"))
        #expect(screen.lines[1].contains("待办(4)"))
        // Every serial number starts in the same column whatever Chinese precedes it (the queue's
        // own rows: the detail beside them may name another case).
        let queueWidth = QueuePresenter.width(columns: columns)
        let serialRows = (2..<(rows - 2)).filter {
            screen.cells[$0][..<queueWidth].map(\.text).joined().contains("2026000")
        }
        #expect(serialRows.count == 4)
        let serialColumns = Set(serialRows.compactMap { row in screen.column(of: "2026000", row: row) })
        #expect(serialColumns == [5])
        // So does the deadline column: the step names are padded by display width.
        let dueColumns = Set(serialRows.compactMap { row -> Int? in
            let text = screen.text(row: row)
            let marker = ["余", "超", "—"].first { text.contains($0) } ?? "—"
            return screen.column(of: marker, row: row)
        })
        #expect(dueColumns.count == 1)
        // The red cases carry "!!" and the danger style; the selected (first) row is reversed.
        let red = try #require(serialRows.first { screen.text(row: $0).contains("XK2026000004") })
        #expect(screen.text(row: red).hasPrefix(" !!"))
        #expect(screen.style(row: red, column: 1).role == .danger)
        #expect(screen.style(row: 2, column: 5).reverse)
        #expect(!screen.style(row: red, column: 5).reverse)
        // The separator between queue and detail sits in one column on every body row.
        let separator = QueuePresenter.width(columns: columns)
        #expect((2..<(rows - 2)).allSatisfy { screen.cells[$0][separator].text == "│" })
    }

    @Test func longNamesAreCutAtCharacterBoundariesWithAnEllipsis() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        desk.render(on: screen)
        let row = screen.text(row: 2)
        #expect(row.contains("…"))
        // No wide character is split at the queue's right edge: the cell left of the separator is
        // either a whole character or a continuation of one that fits.
        for line in 2..<22 {
            let cell = screen.cells[line][QueuePresenter.width(columns: 80) - 1]
            #expect(cell.text.count <= 1)
            if cell.isContinuation { #expect(DisplayWidth.of(screen.cells[line][QueuePresenter.width(columns: 80) - 2].text) == 2) }
        }
    }

    @Test func movingTheSelectionAndSwitchingTabs() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 24, columns: 80)
        DeskFixture.press([.down, .down], on: desk, screen: screen)
        #expect(screen.style(row: 4, column: 5).reverse)
        #expect(!screen.style(row: 2, column: 5).reverse)
        DeskFixture.press([.tab, .tab], on: desk, screen: screen)
        #expect(desk.tab == .warning)
        #expect(screen.lines[1].contains("预警(3)"))
        let warnings = (2..<22).map { screen.text(row: $0) }.filter { $0.contains("2026000") }
        #expect(warnings.count == 3)
        #expect(warnings.allSatisfy { $0.hasPrefix(" !!") || $0.hasPrefix(" ! ") })
    }

    @Test func userTextIsNeutralisedOnScreen() throws {
        let fixture = try DeskFixture()
        let clerk = try fixture.store.users.authenticate("clerk", password: DemoSeeder.password)
        let party = CaseParty(kind: .organization, name: "恶意\u{1B}[2J名称", identity: try IdentityCheck.validate("91110000600037341L", as: .creditCode).get(), contact: "", address: "南通市某路2号")
        _ = try fixture.store.cases.open(CaseDraft(itemCode: "320600-XK-001", party: party, subject: "事由\u{07}\r"), by: clerk)
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        desk.render(on: screen)
        let all = screen.lines.joined(separator: "\n")
        #expect(!all.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D })
        #expect(all.contains("恶意␛[2J名称"))
    }

    @Test func aSmallTerminalAsksForRoomAndTheDeskComesBack() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: 20, columns: 70)
        desk.render(on: screen)
        #expect(screen.lines.joined().contains("终端窗口太小（70×20）"))
        screen.resize(rows: 24, columns: 80)
        desk.render(on: screen)
        #expect(screen.lines[1].contains("待办"))
    }
}
