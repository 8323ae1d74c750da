import Localization
import Storage

/// The 双公示 deadline as text, for the board's row and `supervise board`: one summary line, then
/// (for the command) one line per late or pending decision naming its case.
enum DisclosureDeadlineText {
    static func summary(_ report: DisclosureDeadlineReport, language: Language) -> String {
        PublicThirdPhrases.boardRow(report.days, report.pending.count, report.unpublishedLate.count, report.publishedLate.count).text(language)
    }

    /// Late ones first (unpublished, then published late), then the pending ones.
    static func caseLines(_ report: DisclosureDeadlineReport, language: Language) -> [String] {
        let groups: [([DisclosureDeadlineCase], (DisclosureDeadlineCase) -> String)] = [
            (report.unpublishedLate, { _ in PublicThirdPhrases.stateUnpublishedLate.template(language) }),
            (report.publishedLate, { PublicThirdPhrases.statePublishedLate($0.publishedOn?.description ?? "").text(language) }),
            (report.pending, { _ in PublicThirdPhrases.statePending.template(language) }),
        ]
        return groups.flatMap { cases, state in
            cases.map { line in
                "  " + PublicThirdPhrases.boardCase(line.caseID, line.number, state(line), line.decidedOn.description, line.dueOn.description).text(language)
            }
        }
    }
}
