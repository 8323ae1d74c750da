import ArgumentParser
import Localization
import Workflow

/// `powerdesk calendar …`: working-day arithmetic on the loaded holiday schedules.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: HelpPhrases.calendarCommand.inCommandLanguage,
        subcommands: [CalendarDue.self, CalendarWorkdays.self]
    )

    static func loadCalendar(_ global: GlobalOptions) throws -> WorkCalendar {
        let directory = ResourceLocator.calendarDirectory(option: global.calendar)
        let loaded = CalendarLoading.load(directory: directory)
        for problem in loaded.problems { Console.err(problem.text(global.language)) }
        if loaded.schedules.isEmpty {
            Console.err(CommandPhrases.noSchedules(directory).text(global.language))
            throw CommandFailure.refused
        }
        return loaded.calendar
    }

    static func date(_ text: String, _ global: GlobalOptions) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            Console.err(CommandPhrases.badDate(text).text(global.language))
            throw CommandFailure.usage
        }
        return date
    }
}

/// `powerdesk calendar due START N [--unit workday|day]`: the due date, counting from the day
/// after START.
struct CalendarDue: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "due", abstract: HelpPhrases.calendarDue.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.startDate)) var start: String
    @Argument(help: .phrase(HelpPhrases.unitCount)) var count: Int
    @Option(help: .phrase(HelpPhrases.unit)) var unit: String = "workday"

    func run() throws {
        guard let dayUnit = DayUnit(rawValue: unit) else {
            Console.err(CommandPhrases.badUnit(unit).text(global.language))
            throw CommandFailure.usage
        }
        guard (0...3650).contains(count) else {
            Console.err(CommandPhrases.badCount(count).text(global.language))
            throw CommandFailure.usage
        }
        let startDate = try CalendarCommand.date(start, global)
        let calendar = try CalendarCommand.loadCalendar(global)
        let due = calendar.due(from: startDate, adding: count, unit: dayUnit)
        guard !due.beyondRange else {
            Console.err(CalendarPhrases.dueBeyondRange(startDate, count, CivilDate.earliest, CivilDate.latest).text(global.language))
            throw CommandFailure.refused
        }
        Console.out(due.date.description)
        if let warning = due.warning { Console.err(warning.text(global.language)) }
    }
}

/// `powerdesk calendar workdays FROM TO`: working days after FROM up to and including TO.
struct CalendarWorkdays: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "workdays", abstract: HelpPhrases.calendarWorkdays.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.fromDate)) var from: String
    @Argument(help: .phrase(HelpPhrases.toDate)) var to: String

    func run() throws {
        let first = try CalendarCommand.date(from, global)
        let last = try CalendarCommand.date(to, global)
        let calendar = try CalendarCommand.loadCalendar(global)
        Console.out(String(calendar.count(.workday, after: first, through: last)))
        let years = calendar.unscheduledYears(from: min(first, last), through: max(first, last))
        if !years.isEmpty {
            Console.err(CalendarPhrases.unscheduledYears(years.map(String.init).joined(separator: ", ")).text(global.language))
        }
    }
}
