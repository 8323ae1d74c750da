import ArgumentParser
import Localization
import Storage
import Workflow

/// `powerdesk supervise tick`: run daily by `powerdesk-supervise.timer`. Records each case that
/// turned yellow or red as a supervision event (audited) and escalates red cases after the
/// configured working days (`escalate-chief-after`, `escalate-leader-after`). Running it twice
/// on a day records nothing twice.
struct SuperviseTick: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tick", abstract: HelpPhrases.superviseTick.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.tickToday)) var today: String?

    func run() throws {
        let language = global.language
        try AccountMapping.requireRoot("supervise tick", language: language)
        let policy = try Self.policy(SiteConfiguration.current, language: language)
        do {
            let store = try PowerDeskStore.open(at: global.databasePath)
            var day = CivilDate.inShanghai(store.database.clock.now())
            if let today {
                guard let parsed = CivilDate(iso: today) else {
                    Console.err(SupervisionPhrases.badDay(today).text(language))
                    throw CommandFailure.usage
                }
                day = parsed
            }
            let result = try store.supervision.tick(today: day, policy: policy)
            Console.out(SupervisionPhrases.tickDone(result.yellow, result.red, result.toChief, result.toLeader).text(language))
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReport.fail(error, language)
        }
    }

    /// The escalation days from the configuration, each 0–365, else the shipped defaults.
    static func policy(_ configuration: SiteConfiguration, language: Language) throws -> EscalationPolicy {
        EscalationPolicy(chiefAfter: try days(configuration, "escalate-chief-after", fallback: EscalationPolicy.standard.chiefAfter, language: language),
                         leaderAfter: try days(configuration, "escalate-leader-after", fallback: EscalationPolicy.standard.leaderAfter, language: language))
    }

    /// A number of working days from the configuration (0–365); a bad value is refused, naming it.
    static func days(_ configuration: SiteConfiguration, _ key: String, fallback: Int, language: Language) throws -> Int {
        guard let text = configuration.value(key).value, !text.isEmpty else { return fallback }
        guard let value = Int(text), (0...365).contains(value) else {
            Console.err(SupervisionPhrases.badEscalation(key, text).text(language))
            throw CommandFailure.refused
        }
        return value
    }
}
