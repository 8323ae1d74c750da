import ArgumentParser
import Foundation
import Localization
import Storage
import Workflow

/// `powerdesk clock advance N [--unit workday|day]`: moves a demo or training database's clock
/// N working (or calendar) days forward, for training through the statutory waits. Refused on a
/// production database; audited under the Unix account that ran it.
struct ClockAdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "advance", abstract: AdminPhrases.helpClockAdvance.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .phrase(HelpPhrases.unitCount)) var count: Int
    @Option(help: .phrase(HelpPhrases.unit)) var unit: String = "workday"

    func run() throws {
        let language = global.language
        guard let dayUnit = DayUnit(rawValue: unit) else {
            Console.err(CommandPhrases.badUnit(unit).text(language))
            throw CommandFailure.usage
        }
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            let moved = try ClockAdvance.advance(store, count: count, unit: dayUnit, by: "os:" + NSUserName())
            Console.out(AdminPhrases.clockAdvanced(count, dayUnit == .workday ? AdminPhrases.unitWorkday().text(language) : AdminPhrases.unitDay().text(language),
                                                   CivilDate.inShanghai(moved).description).text(language))
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }
}
