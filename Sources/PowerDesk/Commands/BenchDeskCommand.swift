import ArgumentParser
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk bench-desk [--cases N]`: the desk's speed on a large database, printed as numbers —
/// the time from opening the database to the login screen, and per frame while moving through the
/// queue and opening cases (median and 99th percentile). Frames are drawn into the in-memory
/// screen, so the numbers are the desk's own work, not the terminal's. Build with `-c release`.
struct BenchDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-desk", abstract: HelpPhrases.benchDesk.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.benchCases)) var cases: Int = 100_000
    @Option(help: .phrase(HelpPhrases.benchFrames)) var frames: Int = 500

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.sqlite").path
        do {
            var started = ContinuousClock.now
            let store = try PowerDeskStore.createDemo(at: path, definitions: try ShippedResources.definitions(global), schedules: ShippedResources.schedules(global))
            try BenchmarkSeeder.seed(store, cases: cases)
            print(String(format: "loaded %d cases (+15 demo) in %.1f s", cases, seconds(since: started)))

            let screen = ScreenBuffer(rows: 40, columns: 120)
            started = ContinuousClock.now
            let reopened = try PowerDeskStore.open(at: path)
            let login = LoginView(store: reopened, language: .zh, user: "chief")
            login.render(on: screen)
            print(String(format: "open database → login screen drawn: %.1f ms", seconds(since: started) * 1000))

            started = ContinuousClock.now
            let actor = try reopened.users.authenticate("clerk", password: DemoSeeder.password)
            let desk = MainDeskView(session: try DeskSession(store: reopened, actor: actor, language: .zh))
            desk.render(on: screen)
            print(String(format: "sign in (scrypt) → first desk frame: %.1f ms; clerk's 待办 holds %d cases", seconds(since: started) * 1000, desk.counts[.todo] ?? 0))

            report("move down one row", frames: frames, desk: desk, screen: screen) { _ = desk.handle(.down) }
            report("page down", frames: frames / 5, desk: desk, screen: screen) { _ = desk.handle(.pageDown) }
            report("open the actions of a case and close them", frames: frames / 5, desk: desk, screen: screen) {
                _ = desk.handle(.enter)
                desk.render(on: screen)
                _ = desk.handle(.escape)
            }
            report("flowchart on/off", frames: frames / 5, desk: desk, screen: screen) { _ = desk.handle(.character("f")) }
            report("switch tab", frames: frames / 5, desk: desk, screen: screen) { _ = desk.handle(.tab) }
        } catch let failure as ExitCode {
            throw failure
        } catch {
            throw ErrorReport.fail(error, global.language)
        }
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Times `step` followed by a full redraw, `frames` times.
    private func report(_ label: String, frames: Int, desk: MainDeskView, screen: ScreenBuffer, _ step: () -> Void) {
        var samples: [Double] = []
        for _ in 0..<max(1, frames) {
            let start = ContinuousClock.now
            step()
            desk.render(on: screen)
            samples.append(seconds(since: start) * 1000)
        }
        samples.sort()
        let median = samples[samples.count / 2]
        let p99 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.99))]
        print(String(format: "%@: median %.2f ms, p99 %.2f ms per frame (n=%d)", label as NSString, median, p99, samples.count))
    }
}
