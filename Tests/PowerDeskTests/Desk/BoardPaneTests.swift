import Foundation
import Localization
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// The supervision board on an in-memory screen: who may open it, what it shows at 80×24 and
/// 120×40 (CJK columns aligned), the charts, and drilling down from a number to its cases.
@Suite struct BoardPaneTests {
    static let today = CivilDate.inShanghai(DemoSeeder.now)

    func board(_ fixture: DeskFixture, user: String = "monitor", rows: Int = 24, columns: Int = 80) throws -> (BoardView, ScreenBuffer) {
        let desk = try fixture.desk(user)
        let screen = ScreenBuffer(rows: rows, columns: columns)
        desk.render(on: screen)
        guard case let .replace(view) = desk.handle(.character("b")), let board = view as? BoardView else {
            throw BoardTestFailure.notOpened(screen.lines.joined(separator: "\n"))
        }
        board.render(on: screen)
        return (board, screen)
    }

    enum BoardTestFailure: Error { case notOpened(String) }

    @Test(arguments: ["clerk", "handler", "chief"])
    func otherPostsAreRefusedWithAMessage(_ user: String) throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk(user)
        let screen = ScreenBuffer(rows: 24, columns: 80)
        desk.render(on: screen)
        guard case .stay = desk.handle(.character("b")) else {
            Issue.record("the board opened for \(user)")
            return
        }
        desk.render(on: screen)
        #expect(screen.lines.contains { $0.contains("监察看板仅限监察岗位和分管领导查看") })
    }

    @Test func theLeaderSeesTheBoardToo() throws {
        let fixture = try DeskFixture()
        let (_, screen) = try board(fixture, user: "leader")
        #expect(screen.lines[0].contains("监察看板"))
    }

    @Test func at80By24TheTableTheTotalAndTheSparklinesFit() throws {
        let fixture = try DeskFixture()
        let (board, screen) = try board(fixture)
        let lines = screen.lines
        #expect(lines[0].contains("监察看板") && lines[0].contains("按事项"))
        let report = try #require(board.report)
        let totalRow = try #require(lines.firstIndex { $0.hasPrefix("合计") })
        #expect(totalRow == 24 - 6)
        #expect(lines[19].hasPrefix("每周收件"))
        #expect(lines[20].hasPrefix("每周超期"))
        #expect(lines[21].hasPrefix("报送滞后（超过20小时为红）：未配置报送目标"))
        #expect(lines[22].hasPrefix("双公示"))
        #expect(lines[23].contains("Esc"))
        // Each measure's number ends in the column its Chinese label ends in (the bar column is
        // headed by the selected measure, 收件, so these are the next ones).
        for (measure, label) in [(BoardMeasure.accepted, "受理"), (.done, "办结"), (.inProgress, "在办")] {
            let labelColumn = try #require(screen.column(of: label, row: 1))
            let end = labelColumn + DisplayWidth.of(label)
            let number = BoardPresenter.value(report.total[measure], measure)
            let cell = screen.cells[totalRow][0..<end].map(\.text).joined()
            #expect(cell.hasSuffix(" " + number), "\(label): \(cell)")
        }
        // A row per item, named in Chinese, cut to its column without splitting a character.
        #expect(report.rows.count >= 2)
        for index in 0..<min(report.rows.count, 24 - 7) {
            #expect(lines[2 + index].hasPrefix(String(report.rows[index].name.prefix(2))))
        }
        for row in 0..<24 { #expect(DisplayWidth.of(screen.text(row: row)) <= 80) }
    }

    @Test func at120By40MoreMeasuresShow() throws {
        let fixture = try DeskFixture()
        let (_, small) = try board(fixture)
        let (_, large) = try board(fixture, rows: 40, columns: 120)
        #expect(!small.lines[1].contains("红灯"))
        #expect(large.lines[1].contains("红灯"))
        #expect(large.lines[1].contains("补正"))
        #expect(!large.lines[1].contains("减轻"))
        #expect(large.lines[40 - 6].hasPrefix("合计"))
    }

    @Test func movingRightScrollsTheMeasuresAndTheBarFollowsTheSelection() throws {
        let fixture = try DeskFixture()
        let (board, screen) = try board(fixture)
        let red = try #require(BoardPresenter.measures.firstIndex(of: .red))
        DeskFixture.press(Array(repeating: .right, count: red), on: board, screen: screen)
        #expect(screen.lines[1].contains("红灯"))
        // The bar column is headed by the selected measure.
        #expect(screen.column(of: "红灯", row: 1) == BoardPresenter.layout(width: 80).name)
    }

    @Test func enterOnANumberListsTheCasesBehindIt() throws {
        let fixture = try DeskFixture()
        let (board, screen) = try board(fixture)
        let report = try #require(board.report)
        let red = try #require(BoardPresenter.measures.firstIndex(of: .red))
        // Down to the total row, across to 红灯, Enter.
        DeskFixture.press(Array(repeating: .down, count: report.rows.count) + Array(repeating: .right, count: red) + [.enter], on: board, screen: screen)
        let monitor = try #require(try fixture.store.users.actor("monitor"))
        let expected = try fixture.store.supervision.cases(.red, dimension: .item, key: nil, period: board.period, today: Self.today, limit: 100, for: monitor)
        #expect(expected.total > 0)
        #expect(screen.lines[0].contains("合计：红灯　共\(expected.total)件"))
        for id in expected.ids.prefix(20) { #expect(screen.lines.contains { $0.hasPrefix(id) }) }
        DeskFixture.press([.escape], on: board, screen: screen)
        #expect(screen.lines[0].contains("监察看板"))
        guard case .replace = board.handle(.escape) else {
            Issue.record("Esc did not go back to the desk")
            return
        }
    }

    /// 督办 from the board: on a listed case, `n`, the reason, Enter; the notice goes to the
    /// officer answerable for the case, and the leader (read-only) cannot issue one.
    @Test func theMonitorIssuesANoticeOnACaseBehindANumber() throws {
        let fixture = try DeskFixture()
        let (board, screen) = try board(fixture)
        let report = try #require(board.report)
        let red = try #require(BoardPresenter.measures.firstIndex(of: .red))
        DeskFixture.press(Array(repeating: .down, count: report.rows.count) + Array(repeating: .right, count: red) + [.enter, .character("n")],
                          on: board, screen: screen)
        let caseID = try #require(board.drill?.ids.first)
        #expect(screen.lines.contains { $0.contains("发出督办单：\(caseID)") })
        DeskFixture.press(DeskFixture.type("超期未办结") + [.enter], on: board, screen: screen)
        let monitor = try #require(try fixture.store.users.actor("monitor"))
        let notices = try fixture.store.notices.list(for: monitor)
        #expect(notices.count == 1)
        #expect(notices.first?.caseID == caseID && notices.first?.reason == "超期未办结")
        #expect(notices.first?.addressee == (try fixture.store.supervision.officer(of: caseID)))
        #expect(screen.lines.last?.contains("已发出督办单1") == true)

        let (leaderBoard, leaderScreen) = try self.board(fixture, user: "leader")
        DeskFixture.press(Array(repeating: .down, count: report.rows.count) + Array(repeating: .right, count: red) + [.enter, .character("n")],
                          on: leaderBoard, screen: leaderScreen)
        #expect(leaderBoard.noticeField == nil)
        #expect(leaderScreen.lines.last?.contains("只能由监察岗位发出") == true)
    }

    @Test func changingDimensionAndPeriodReadsTheBoardAgain() throws {
        let fixture = try DeskFixture()
        let (board, screen) = try board(fixture)
        DeskFixture.press([.character("v")], on: board, screen: screen)
        #expect(screen.lines[0].contains("按处室"))
        #expect(screen.lines.contains { $0.hasPrefix("宗教处") })
        DeskFixture.press([.character("p")], on: board, screen: screen)
        #expect(screen.lines[0].contains("2026-01-01 至 2026-03-31"))
        DeskFixture.press([.character("[")], on: board, screen: screen)
        #expect(screen.lines[0].contains("2025-10-01 至 2025-12-31"))
    }

    /// R11: at sign-in the chief sees how many of the cases waiting for the chief are yellow and
    /// red, as the engine judges them.
    @Test func atSignInAnOfficerIsRemindedOfYellowAndRedCases() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.desk("chief")
        let filter = desk.session.filter(.todo, search: "")
        var yellow = 0
        var red = 0
        for row in try fixture.store.queue.page(filter, offset: 0, limit: 1000, after: nil) where row.state.status == .open {
            let engine = try fixture.store.cases.engine(for: row.state)
            switch engine.level(row.state, calendar: desk.session.calendar, today: Self.today) {
            case .yellow: yellow += 1
            case .red: red += 1
            case .normal: break
            }
        }
        #expect(red + yellow > 0)
        let screen = ScreenBuffer(rows: 24, columns: 120)
        desk.render(on: screen)
        #expect(screen.lines.contains { $0.contains("提醒：您经手的办件中 黄灯\(yellow)件、红灯\(red)件") })
    }

    @Test func sparklinesAndBarsScaleToTheLargestValue() {
        #expect(BoardChart.sparkline([0, 1, 2, 4, 8]) == " ▁▂▄█")
        #expect(BoardChart.sparkline([0, 0]) == "  ")
        #expect(BoardChart.bar(10, maximum: 10, width: 4) == "████")
        #expect(BoardChart.bar(5, maximum: 10, width: 4) == "██")
        #expect(BoardChart.bar(1, maximum: 10, width: 4) == "▍")
        #expect(BoardChart.bar(0.01, maximum: 10, width: 4) == "▏")
        #expect(BoardChart.bar(0, maximum: 10, width: 4) == "")
    }

    /// The feed's row: a target whose oldest undelivered record is 24 hours old is red, one that
    /// has everything is not; both are read from the cursor table `feed status` reads.
    @Test func theFeedRowShowsEachTargetsLagAndRedPastTheLimit() throws {
        let fixture = try DeskFixture()
        let ledger = FeedLedger(fixture.store)
        let head = try ledger.head()
        // The records written at the demo's "now" (2026-03-16 09:00): deliver everything before
        // the first of them to the hall, everything to the drop.
        let now = ledger.now()
        let first = try #require(try (1...head).first { try ledger.records([$0]).first?.atMilliseconds == Int64(now.timeIntervalSince1970 * 1000) })
        try ledger.delivered("hall", through: first - 1)
        try ledger.delivered("drop", through: head)
        try ClockAdvance.advance(fixture.store, count: 1, unit: .day, by: "admin")
        let store = try PowerDeskStore.open(at: fixture.directory.appendingPathComponent("demo.sqlite").path)
        let desk = MainDeskView(session: try DeskSession(store: store, actor: try store.users.authenticate("monitor", password: DemoSeeder.password),
                                                         language: .zh))
        let screen = ScreenBuffer(rows: 24, columns: 80)
        desk.render(on: screen)
        guard case let .replace(view) = desk.handle(.character("b")), let board = view as? BoardView else {
            Issue.record("the board did not open")
            return
        }
        board.render(on: screen)
        let row = screen.lines[21]
        #expect(row.contains("hall \(head - first + 1)条/24.0小时"), "\(row)")
        #expect(row.contains("drop 0条/0.0小时"), "\(row)")
        let hall = try #require(board.feed.lags.first { $0.target == "hall" })
        #expect(hall.isRed)
        #expect(board.feed.lags.first { $0.target == "drop" }?.isRed == false)
        let column = try #require(screen.column(of: "hall", row: 21))
        #expect(screen.cells[21][column].style == .danger)
    }
}
