import Foundation
import Localization
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// The case detail and the flowchart drawn into an in-memory screen, checked cell by cell.
@Suite struct DetailAndFlowchartPaneTests {
    /// Selects the case with `caseID` in the chief's 在办 tab.
    func select(_ caseID: String, desk: MainDeskView, screen: ScreenBuffer) throws {
        DeskFixture.press([.tab], on: desk, screen: screen)
        for _ in 0..<30 where desk.selectedState?.id != caseID {
            DeskFixture.press([.down], on: desk, screen: screen)
        }
        try #require(desk.selectedState?.id == caseID)
    }

    @Test(arguments: [(24, 80), (40, 120)])
    func theDetailShowsDeadlinesWithLevelsAndTheMaterialsChecklist(rows: Int, columns: Int) throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: rows, columns: columns)
        try select("XK2026000005", desk: desk, screen: screen)
        let left = QueuePresenter.width(columns: columns) + 2
        let pane = (2..<(rows - 2)).map { String(screen.text(row: $0).dropFirst(0)) }
        #expect(screen.column(of: "XK2026000005", row: 2) == left)
        // Statutory due 2026-03-17: yellow, marked "! "; promised 2026-03-12: red, marked "!!".
        let statutory = try #require((2..<(rows - 2)).first { screen.text(row: $0).contains("法定 2026-03-17") })
        #expect(screen.text(row: statutory).contains("! 法定"))
        #expect(screen.style(row: statutory, column: left).role == .warning)
        let promised = try #require((2..<(rows - 2)).first { screen.text(row: $0).contains("承诺 2026-03-12") })
        #expect(screen.text(row: promised).contains("!!承诺"))
        #expect(screen.style(row: promised, column: left).role == .danger)
        if rows >= 40 {
            #expect(pane.contains { $0.contains("✓ 大型宗教活动申请书") })
            #expect(pane.contains { $0.contains("审核同意：同意，报分管领导审批") })
        }
        // Wrapped lines never run past the screen's edge, and no wide character is split there.
        for row in 2..<(rows - 2) {
            #expect(DisplayWidth.of(screen.text(row: row)) == columns)
        }
    }

    /// 民法典 Art. 203 as the engine applies it: CF2026000002 was filed 2026-03-02, so its 90 days
    /// end on Sunday 2026-05-31; the detail shows Monday 06-01 and why.
    @Test func theDetailShowsALastDayMovedOffARestDay() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("handler")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        DeskFixture.press([.tab], on: desk, screen: screen)
        for _ in 0..<30 where desk.selectedState?.id != "CF2026000002" { DeskFixture.press([.down], on: desk, screen: screen) }
        try #require(desk.selectedState?.id == "CF2026000002")
        let left = QueuePresenter.width(columns: 120) + 2
        let pane = (2..<38).map { row in screen.cells[row][left...].map(\.text).joined().trimmingCharacters(in: .whitespaces) }.joined()
        #expect(pane.contains("法定 2026-06-01"), "\(pane)")
        #expect(pane.contains("原届满日2026-05-31为法定休假日，依照《中华人民共和国民法典》第二百零三条顺延"), "\(pane)")
    }

    /// The detail shows the query code the party looks the case up with, and the case's files
    /// under their material (issues 16 and 18), read once per revision, not while drawing.
    @Test func theDetailShowsTheQueryCodeAndTheFiles() throws {
        let fixture = try DeskFixture()
        let party = CaseParty(kind: .organization, name: "南通市某寺", identity: try IdentityCheck.validate("91110000600037341L", as: .creditCode).get(),
                              contact: "", address: "南通市崇川区某路1号")
        let draft = CaseDraft(itemCode: "320600-XK-001", party: party, subject: "附件测试", materials: ["application": 1],
                              facts: ["activity-date": .date(CivilDate(year: 2026, month: 5, day: 1)!)])
        let opened = try fixture.store.cases.open(draft, by: Actor(userID: "clerk", name: "王窗口", posts: ["clerk"]))
        let scan = Data("%PDF-1.4 场地同意书".utf8)
        try fixture.store.attachments.attach(scan, name: "场地同意书.pdf", material: "venue-consent", evidence: false, to: opened.state.id,
                                             by: Actor(userID: "clerk", name: "王窗口", posts: ["clerk"]))
        let code = try #require(try fixture.store.queryCode(of: opened.state.id))
        let desk = try fixture.desk("clerk")
        let screen = ScreenBuffer(rows: 40, columns: 120)
        DeskFixture.press([.character("r")], on: desk, screen: screen)
        for _ in 0..<30 where desk.selectedState?.id != opened.state.id { DeskFixture.press([.down], on: desk, screen: screen) }
        try #require(desk.selectedState?.id == opened.state.id)
        let left = QueuePresenter.width(columns: 120) + 2
        let pane = (2..<38).map { row in screen.cells[row][left...].map(\.text).joined() }.joined(separator: "\n")
        #expect(pane.contains("查询码：\(code)"), "\(pane)")
        #expect(pane.contains("【案卷附件】"))
        #expect(pane.contains("材料·活动场地使用同意书：场地同意书.pdf（PDF，"), "\(pane)")
    }

    @Test(arguments: [(24, 80), (40, 120)])
    func theFlowchartHighlightsTheCurrentStepAndTicksThePath(rows: Int, columns: Int) throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let screen = ScreenBuffer(rows: rows, columns: columns)
        try select("XK2026000005", desk: desk, screen: screen)
        DeskFixture.press([.character("f")], on: desk, screen: screen)
        let body = 2..<(rows - 2)
        let current = try #require(body.first { screen.text(row: $0).contains("▶ 分管领导审批") })
        let column = try #require(screen.column(of: "▶", row: current))
        #expect(screen.style(row: current, column: column).reverse)
        // The boxes line up: every box's right border sits in one column.
        let rightBorders = Set(body.compactMap { row -> Int? in
            let text = screen.text(row: row)
            guard text.contains("┐") else { return nil }
            return screen.column(of: "┐", row: row)
        })
        #expect(rightBorders.count == 1)
        if rows >= 40 {
            #expect(body.contains { screen.text(row: $0).contains("✓ 处室审核") })
        }
    }

    @Test func presentersAreFunctionsOfTheirInput() throws {
        let fixture = try DeskFixture()
        let state = try fixture.store.cases.load("XK2026000004")
        let engine = try fixture.store.cases.engine(for: state)
        let flow = try #require(engine.flow(for: state))
        let lines = FlowchartPresenter.lines(flow, state: state, bureau: engine.definitions.bureau, width: 50, language: .en)
        #expect(lines.allSatisfy { $0.width == 50 })
        #expect(lines.first?.map(\.text).joined().hasPrefix("Flowchart: 行政许可一般程序") == true)
        let again = FlowchartPresenter.lines(flow, state: state, bureau: engine.definitions.bureau, width: 50, language: .en)
        #expect(lines == again)
    }
}
