import Foundation
import ArgumentParser
import Localization

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: .phrase(HelpPhrases.lang))
    var lang: String?

    @Option(name: .long, help: .phrase(HelpPhrases.flows))
    var flows: String?

    @Option(name: .long, help: .phrase(HelpPhrases.calendar))
    var calendar: String?

    @Option(name: .long, help: .phrase(HelpPhrases.db))
    var db: String?

    var language: Language { Language.from(lang) }

    var databasePath: String {
        SiteConfiguration.current.value("database", option: db).value ?? SiteConfiguration.privilegedDatabase
    }

    /// Running setgid, `--db`, `--flows` and `--calendar` may only name the configured places:
    /// anything else would let the caller point the group's privilege at files of their choice.
    func validate() throws {
        guard Privilege.isElevated else { return }
        let configuration = SiteConfiguration.current
        let checks: [(name: String, given: String?, configured: String?)] = [
            ("db", db, configuration.value("database").value),
            ("flows", flows, flows == nil ? nil : ResourceLocator.flowsDirectory(option: nil)),
            ("calendar", calendar, calendar == nil ? nil : ResourceLocator.calendarDirectory(option: nil)),
        ]
        for check in checks {
            guard let given = check.given, !given.isEmpty else { continue }
            let configured = check.configured ?? ""
            if Self.samePlace(given, configured) { continue }
            throw ValidationError(DeployPhrases.optionElsewhere(check.name, configured).text(language))
        }
    }

    private static func samePlace(_ one: String, _ other: String) -> Bool {
        URL(fileURLWithPath: one).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: other).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
