import Foundation
import Localization
@testable import PowerDesk
import Storage
import Testing
import Workflow

/// The 复议/诉讼 outcome form on the board's drill-down: the monitor records one on a case done
/// this quarter, a date in the wrong form is refused with the form kept, and the leader (who may
/// not record) is told so before anything is typed.
@Suite struct RemedyDialogPaneTests {
    func drillIntoDone(_ fixture: DeskFixture, user: String) throws -> (BoardView, ScreenBuffer) {
        let desk = try fixture.desk(user)
        let screen = ScreenBuffer(rows: 24, columns: 80)
        desk.render(on: screen)
        guard case let .replace(view) = desk.handle(.character("b")), let board = view as? BoardView else {
            throw RemedyTestFailure.notOpened
        }
        // This quarter: the demo's cases were done in it.
        DeskFixture.press([.character("p")], on: board, screen: screen)
        let report = try #require(board.report)
        let done = try #require(BoardPresenter.measures.firstIndex(of: .done))
        DeskFixture.press(Array(repeating: .down, count: report.rows.count) + Array(repeating: .right, count: done) + [.enter], on: board, screen: screen)
        try #require(board.drill?.ids.isEmpty == false)
        return (board, screen)
    }

    enum RemedyTestFailure: Error { case notOpened }

    @Test func theMonitorRecordsARevokedDecision() throws {
        let fixture = try DeskFixture()
        let (board, screen) = try drillIntoDone(fixture, user: "monitor")
        let caseID = try #require(board.drill?.ids.first)
        DeskFixture.press([.character("o")], on: board, screen: screen)
        #expect(board.dialogs.last is RemedyOutcomeDialog)
        #expect(screen.lines.contains { $0.contains("录入复议、诉讼结果：\(caseID)") })
        // 行政诉讼 (Space), the outcome two on from 维持: 撤销; then the fields.
        DeskFixture.press([.character(" "), .tab, .right, .right, .tab] + DeskFixture.type("2026-02-01") + [.tab] + DeskFixture.type("2026-03-1")
                          + [.tab] + DeskFixture.type("南通市崇川区人民法院") + [.tab] + DeskFixture.type("（2026）苏0602行初15号") + [.tab],
                          on: board, screen: screen)
        #expect(screen.lines.contains { $0.contains("行政诉讼") })
        #expect(screen.lines.contains { $0.contains("撤销") })
        // A date cut short: refused, the form kept with the focus on it.
        DeskFixture.press([.enter], on: board, screen: screen)
        #expect(screen.lines.last?.contains("日期“2026-03-1”无效") == true)
        let form = try #require(board.dialogs.last as? RemedyOutcomeDialog)
        #expect(form.focus == 3 && form.texts[2].text == "南通市崇川区人民法院")
        DeskFixture.press(DeskFixture.type("0") + [.function(10)], on: board, screen: screen)
        #expect(board.dialogs.isEmpty)
        #expect(screen.lines.last?.contains("已录入：办件 \(caseID) 行政诉讼，撤销") == true)
        let monitor = try #require(try fixture.store.users.actor("monitor"))
        let records = try fixture.store.remedies.list(caseID: caseID, for: monitor)
        #expect(records.count == 1)
        #expect(records.first?.kind == .litigation && records.first?.result == .revoked)
        #expect(records.first?.decidedOn == CivilDate(iso: "2026-03-10") && records.first?.documentNumber == "（2026）苏0602行初15号")
    }

    @Test func theLeaderIsToldBeforeTyping() throws {
        let fixture = try DeskFixture()
        let (board, screen) = try drillIntoDone(fixture, user: "leader")
        DeskFixture.press([.character("o")], on: board, screen: screen)
        #expect(board.dialogs.isEmpty)
        #expect(screen.lines.last?.contains("只能由法制岗位或监察岗位录入") == true)
    }

    /// Esc on a filled form asks first; any key but y goes back to it.
    @Test func escapeOnAFilledFormAsks() throws {
        let fixture = try DeskFixture()
        let (board, screen) = try drillIntoDone(fixture, user: "monitor")
        DeskFixture.press([.character("o"), .tab, .tab] + DeskFixture.type("2026") + [.escape], on: board, screen: screen)
        #expect(screen.lines.last?.contains("放弃已填写的内容") == true)
        DeskFixture.press([.character("n")], on: board, screen: screen)
        #expect(board.dialogs.last is RemedyOutcomeDialog)
        DeskFixture.press([.escape, .character("y")], on: board, screen: screen)
        #expect(board.dialogs.isEmpty && board.drill != nil)
    }
}
