import ArgumentParser
import Localization
import Storage

/// `powerdesk publish --out DIR`: the public site (网上政务公开) as static files under DIR, read from
/// the database in one read transaction; incremental, run every minute by
/// `powerdesk-publish.timer`. The web server serves DIR and never opens the database.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "publish", abstract: HelpPhrases.publish.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.publishOut)) var out: String

    func run() throws {
        let language = global.language
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let report = try store.publish(to: out)
            let ms = Int(report.milliseconds.rounded())
            if report.changedNothing {
                Console.out(PublicPhrases.publishUnchanged(out, ms).text(language))
            } else {
                Console.out(PublicPhrases.published(out, report.smallPages, report.generation, report.listingPages, report.statusWritten,
                                                    report.statusRemoved, ms).text(language))
            }
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
