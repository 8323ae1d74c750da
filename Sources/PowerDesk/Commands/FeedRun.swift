import ArgumentParser
import Feed
import Localization
import Storage

/// `powerdesk feed run [--target NAME]`: every record after each target's acknowledged cursor,
/// exactly once; deadline warnings that came with the passing days are added first. Exit 1 when
/// any target failed (the timer's journal shows why; the next run retries).
struct FeedRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: HelpPhrases.feedRun.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.feedTarget)) var target: String?

    func run() throws {
        let language = global.language
        try AccountMapping.requireRoot("feed run", language: language)
        let targets = try FeedStatus.selected(target, language: language)
        let ledger: FeedLedger
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            ledger = FeedLedger(store)
            try ledger.sweepWarnings()
        } catch {
            throw ErrorReport.fail(error, language)
        }
        let runner = FeedRunner(ledger: ledger, say: { Console.err($0.text(language)) })
        var failed = false
        for config in targets {
            let report = runner.run(FeedRunner.target(config), config: config)
            if let error = report.error {
                failed = true
                Console.err(FeedPhrases.failed(config.name, error.message).text(language))
            } else if report.records == 0 {
                Console.out(FeedPhrases.nothingToDeliver(config.name, report.deliveredThrough ?? 0).text(language))
            } else {
                Console.out(FeedPhrases.delivered(config.name, report.deliveredThrough ?? 0, report.records,
                                                  String(format: "%.2f", report.seconds)).text(language))
            }
        }
        if failed { throw CommandFailure.refused }
    }
}
