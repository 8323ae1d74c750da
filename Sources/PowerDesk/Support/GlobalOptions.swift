import Foundation
import ArgumentParser
import Localization

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages: zh (default) or en.")
    var lang: String?

    @Option(name: .long, help: "Directory of flow definitions (default: $POWERDESK_FLOWS, the configuration, else the installed or checkout Resources/flows).")
    var flows: String?

    @Option(name: .long, help: "Directory of holiday schedules (default: $POWERDESK_CALENDAR, the configuration, else the installed or checkout Resources/calendar).")
    var calendar: String?

    @Option(name: .long, help: "Database file (default: $POWERDESK_DB, the configuration, else $XDG_DATA_HOME/powerdesk/powerdesk.sqlite or ~/.local/share/powerdesk/powerdesk.sqlite).")
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
