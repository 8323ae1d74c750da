import ArgumentParser
import Feed
import Foundation
import Localization
import Storage

/// `powerdesk feed status`: per target the last record delivered, the lag in records and hours,
/// parked records and the last error, from this database alone (the target may be down). Exit 1
/// when a target is more than 20 hours behind, so a monitoring check can use it.
struct FeedStatus: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: HelpPhrases.feedStatus.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.feedTarget)) var target: String?

    func run() throws {
        let language = global.language
        let targets = try Self.selected(target, language: language)
        var overdue = false
        do {
            let ledger = FeedLedger(try PowerDeskStore.open(at: global.databasePath))
            let head = try ledger.head()
            Console.out(FeedPhrases.statusHeader().text(language))
            for config in targets {
                let state = try ledger.state(config.name)
                let parked = try ledger.parked(config.name)
                let line = FeedStatusLine(config: config, state: state, head: head, firstWaitingAt: try ledger.firstWaitingAt(after: state.delivered),
                                          parked: parked.count, now: ledger.now())
                Console.out(FeedPhrases.statusLine(line.target, line.kind.rawValue, line.delivered, line.lagRecords, String(format: "%.1f", line.lagHours),
                                                   line.parked, TerminalText.sanitize(line.lastError ?? FeedPhrases.none().text(language))).text(language))
                for record in parked {
                    Console.out(FeedPhrases.statusParkedLine(record.seq, record.kind, TerminalText.sanitize(record.key), TerminalText.sanitize(record.reason)).text(language))
                }
                if line.overdue {
                    overdue = true
                    Console.err(FeedPhrases.statusOverdue(line.target, Int(FeedStatusLine.overdueHours)).text(language))
                }
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
        if overdue { throw CommandFailure.refused }
    }

    /// The configured targets, or the one named; a clear refusal when there are none or the name
    /// is not among them.
    static func selected(_ name: String?, language: Language) throws -> [FeedTargetConfig] {
        let configuration = SiteConfiguration.current
        let targets: [FeedTargetConfig]
        do {
            targets = try FeedConfiguration.targets(configuration)
        } catch {
            throw ErrorReport.fail(error, language)
        }
        guard !targets.isEmpty else {
            Console.err(FeedPhrases.noTargets(configuration.file ?? SiteConfiguration.systemFile).text(language))
            throw CommandFailure.refused
        }
        guard let name else { return targets }
        guard let chosen = targets.first(where: { $0.name == name }) else {
            Console.err(FeedPhrases.unknownTarget(name, targets.map(\.name).joined(separator: ", ")).text(language))
            throw CommandFailure.refused
        }
        return [chosen]
    }
}
