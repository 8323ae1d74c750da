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

    var language: Language { Language.from(lang) }
}
