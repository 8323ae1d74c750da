import Localization
import Workflow

/// The deadline column of a queue row: the most urgent deadline's level, a symbol that says the
/// same without colour (!, !!), and the days left or over.
struct DeadlineBadge: Hashable {
    let level: DeadlineLevel
    let text: String

    var symbol: String {
        switch level {
        case .normal: "  "
        case .yellow: "! "
        case .red: "!!"
        }
    }

    var style: TextStyle {
        switch level {
        case .normal: .plain
        case .yellow: .warning
        case .red: .danger
        }
    }

    static func of(_ state: CaseState, deadlines: [CaseDeadline], language: Language) -> DeadlineBadge {
        if state.isClosed { return DeadlineBadge(level: .normal, text: DeskPhrases.dueDone().text(language)) }
        if state.status == .suspended { return DeadlineBadge(level: .normal, text: DeskPhrases.suspended().text(language)) }
        let open = deadlines.filter { $0.finishedOn == nil }
        guard let worst = open.max(by: { rank($0) < rank($1) }) else {
            return DeadlineBadge(level: .normal, text: DeskPhrases.dueNone().text(language))
        }
        let days = worst.status.remaining
        let text = days < 0 ? DeskPhrases.overdueDays(-days).text(language) : DeskPhrases.remainingDays(days).text(language)
        return DeadlineBadge(level: worst.status.level, text: text)
    }

    /// Red before yellow before normal; among equals, fewer days left first.
    private static func rank(_ deadline: CaseDeadline) -> Int {
        let level = switch deadline.status.level {
        case .red: 2_000_000
        case .yellow: 1_000_000
        case .normal: 0
        }
        return level - deadline.status.remaining
    }
}
