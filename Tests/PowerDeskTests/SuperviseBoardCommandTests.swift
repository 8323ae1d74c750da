import Foundation
import Testing
@testable import PowerDesk
import Storage
import Workflow

/// The board's table from the command line: CSV that Excel on Chinese Windows opens (UTF-8 with
/// a BOM), the same numbers as the store's report, and the store's refusal for other posts.
@Suite struct SuperviseBoardCommandTests {
    @Test func theQuarterByItemAsCSV() throws {
        try BinaryHarness.withTemporaryDirectory("board-csv") { directory in
            let database = try BinaryHarness.demoDatabase(in: directory)
            let password = ["POWERDESK_PASSWORD": BinaryHarness.demoPassword]
            let target = directory.appendingPathComponent("board.csv")
            let made = try BinaryHarness.run(["supervise", "board", "--quarter", "2026Q1", "--csv", target.path, "--user", "monitor", "--db", database.path],
                                             environment: password)
            #expect(made.exited(0), "\(made.err)")
            let data = try Data(contentsOf: target)
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let text = String(decoding: data.dropFirst(3), as: UTF8.self)
            let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first?.hasPrefix("事项,code,收件,受理,在办,办结") == true)
            let store = try PowerDeskStore.open(at: database.path)
            let monitor = try #require(try store.users.actor("monitor"))
            let period = BoardPeriod(.quarter, containing: CivilDate(year: 2026, month: 1, day: 1)!)
            let report = try store.supervision.report(period, by: .item, today: CivilDate.inShanghai(DemoSeeder.now), for: monitor)
            #expect(lines.count == report.rows.count + 2)
            let total = lines.last?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? []
            #expect(total.first == "合计")
            #expect(total[2] == String(Int(report.total[.received] ?? 0)))

            let refused = try BinaryHarness.run(["supervise", "board", "--user", "clerk", "--db", database.path], environment: password)
            #expect(refused.exited(1))
            #expect(refused.err.contains("监察看板仅限监察岗位和分管领导查看"))
            let bad = try BinaryHarness.run(["supervise", "board", "--quarter", "2026Q5", "--user", "monitor", "--db", database.path], environment: password)
            #expect(bad.exited(2))
        }
    }

    @Test func fieldsWithCommasAndQuotesAreQuoted() {
        #expect(BoardCSV.field("宗教处") == "宗教处")
        #expect(BoardCSV.field("a,b") == "\"a,b\"")
        #expect(BoardCSV.field("说\"明\"") == "\"说\"\"明\"\"\"")
        let day = CivilDate(year: 2026, month: 3, day: 16)!
        #expect(SuperviseBoard.period(month: "2026-02", quarter: nil, year: nil, today: day)?.through.description == "2026-02-28")
        #expect(SuperviseBoard.period(month: nil, quarter: "2025q4", year: nil, today: day)?.from.description == "2025-10-01")
        #expect(SuperviseBoard.period(month: nil, quarter: nil, year: nil, today: day)?.from.description == "2026-03-01")
        #expect(SuperviseBoard.period(month: "2026-13", quarter: nil, year: nil, today: day) == nil)
        #expect(SuperviseBoard.period(month: "2026-01", quarter: "2026Q1", year: nil, today: day) == nil)
    }
}
