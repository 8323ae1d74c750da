import Foundation
import Storage
import Workflow

/// `powerdesk-bench board`: a training database with N cases opened over the last 90 days
/// through the case service (so the supervision summaries are kept as in production), then the
/// supervision board timed: the first screen (the month's report by item), the reports a later
/// key asks for (another dimension, another period), a drill-down, and the sign-in reminder.
enum BoardBenchmark {
    static func run(flows: String, calendarDirectory: URL, directory: String, cases target: Int, keep: String?) throws {
        let folder = try BenchmarkDatabase.folder(in: directory, "board")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = keep ?? folder + "/desk.sqlite"
        let users = [(id: "clerk", name: "王窗口", post: "clerk"), (id: "handler", name: "李承办", post: "handler"), (id: "monitor", name: "孙监察", post: "monitor")]
        let store = try BenchmarkDatabase(flows: flows, calendarDirectory: calendarDirectory).openOrCreate(keep: keep, at: path, users: users) { store in
            let start = Measure.wallSeconds()
            var made = 0
            while made < target {
                let batch = min(20_000, target - made)
                try BenchmarkSeeder.seed(store, cases: batch)
                made += batch
                FileHandle.standardOutput.write(Data(String(format: "\r  loading: %d cases, %.0f s", made, Measure.wallSeconds() - start).utf8))
            }
            print("")
        }
        let monitor = Actor(userID: "monitor", name: "孙监察", posts: ["monitor"])
        let today = CivilDate.inShanghai(store.database.clock.now())
        let month = BoardPeriod(.month, containing: today)
        print("  \(try store.cases.count()) cases")
        // One feed target half delivered, so the board's feed row has a lag to measure.
        let ledger = FeedLedger(store)
        try ledger.delivered("hall", through: try ledger.head() / 2)
        let first = Measure.wallSeconds()
        let report = try store.supervision.report(month, by: .item, today: today, for: monitor)
        // The board's first screen also reads the feed's lag (BoardView.load).
        let lags = try store.supervision.feedLags(targets: ["hall"], redAfterHours: 20, for: monitor)
        print(String(format: "  first screen (this month by item, cold)  %8.1f ms   %d rows, %.0f received, feed lag %lld records", (Measure.wallSeconds() - first) * 1000,
                     report.rows.count, report.total[.received] ?? 0, lags.first?.records ?? 0))
        Measure.repeated("  feed lag row", runs: 10) { _ = try? store.supervision.feedLags(targets: ["hall"], redAfterHours: 20, for: monitor) }
        Measure.repeated("  this month by item", runs: 10) { _ = try? store.supervision.report(month, by: .item, today: today, for: monitor) }
        Measure.repeated("  this quarter by officer", runs: 10) {
            _ = try? store.supervision.report(month.with(.quarter), by: .officer, today: today, for: monitor)
        }
        Measure.repeated("  this year by section", runs: 10) { _ = try? store.supervision.report(month.with(.year), by: .section, today: today, for: monitor) }
        Measure.repeated("  drill down: received this quarter, first 500", runs: 10) {
            _ = try? store.supervision.cases(.received, dimension: .item, key: nil, period: month.with(.quarter), today: today, limit: 500, for: monitor)
        }
        let filter = QueueFilter(tab: .todo, userID: "clerk", section: "office", actionable: [], today: today)
        Measure.repeated("  sign-in reminder", runs: 10) { _ = try? store.supervision.reminder(filter) }

        // The quarterly evaluation (R25) of the quarter the cases were opened in, under the
        // shipped formula beside the flows.
        let formulaPath = URL(fileURLWithPath: flows).deletingLastPathComponent().appendingPathComponent("evaluation/evaluation.yaml")
        let parsed = EvaluationFormulaParser.parse(SourceFile(path: formulaPath.path, text: try String(contentsOf: formulaPath, encoding: .utf8)))
        guard let formula = parsed.formula else { throw BenchmarkFailure("evaluation formula: \(parsed.diagnostics)") }
        let quarter = month.with(.quarter)
        let evaluated = Measure.wallSeconds()
        let evaluation = try store.supervision.evaluate(quarter, formula: formula, for: monitor)
        print(String(format: "  evaluate this quarter (cold)                            %8.1f ms   %d concluded, %d abnormal, total %.1f",
                     (Measure.wallSeconds() - evaluated) * 1000, evaluation.total.counts.concluded, evaluation.total.counts.abnormal,
                     evaluation.total.score.total))
        Measure.repeated("  evaluate this quarter", runs: 3) { _ = try? store.supervision.evaluate(quarter, formula: formula, for: monitor) }
    }
}
