import Foundation
import ArgumentParser
import Localization

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages: zh (default) or en.")
    var lang: String?

    @Option(name: .long, help: "Directory of flow definitions (default: $POWERDESK_FLOWS, else the shipped Resources/flows).")
    var flows: String?

    @Option(name: .long, help: "Directory of holiday schedules (default: $POWERDESK_CALENDAR, else the shipped Resources/calendar).")
    var calendar: String?

    @Option(name: .long, help: "Database file (default: $POWERDESK_DB, else ~/.local/share/powerdesk/powerdesk.sqlite).")
    var db: String?

    var language: Language { Language.from(lang) }

    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let value = ProcessInfo.processInfo.environment["POWERDESK_DB"], !value.isEmpty { return value }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/share/powerdesk/powerdesk.sqlite"
    }
}
