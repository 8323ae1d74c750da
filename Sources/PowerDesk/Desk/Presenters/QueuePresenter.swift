import Localization
import Storage
import Workflow

/// The queue as lines: one row per case on screen, selection in reverse video, tagged rows marked,
/// columns aligned in display columns whatever the mix of Chinese and ASCII.
enum QueuePresenter {
    struct Row {
        let state: CaseState
        let stepName: String
        let badge: DeadlineBadge
        let tagged: Bool
    }

    /// The queue's width on a screen: a third of 80 columns would leave no room for the subject.
    static func width(columns: Int) -> Int { columns >= 100 ? 56 : 42 }

    static func lines(_ rows: [Row], selected: Int?, width: Int, language: Language) -> [StyledLine] {
        guard !rows.isEmpty else { return [[Span(DeskPhrases.queueEmpty().text(language), .muted)].fitted(to: width)] }
        // Narrow, the step gives way (the detail beside names it) so party and subject both show.
        let stepWidth = width >= 50 ? 12 : 0
        return rows.enumerated().map { index, row in
            let isSelected = index == selected
            let base = isSelected ? TextStyle.selected : .plain
            var line: StyledLine = [
                Span(row.tagged ? "*" : " ", base.with(bold: true)),
                Span(row.badge.symbol, row.badge.style.with(reverse: isSelected)),
                Span(row.state.id + " ", base),
            ]
            if stepWidth > 0 { line.append(Span(DisplayWidth.pad(DisplayWidth.truncate(row.stepName, to: stepWidth - 1), to: stepWidth), base)) }
            line.append(Span(DisplayWidth.pad(row.badge.text, to: 7), row.badge.style.with(reverse: isSelected)))
            // One column is left before the pane border `│`, so a full row never touches it.
            line.append(Span(partyAndSubject(row.state.party.name, row.state.subject, width: width - line.width - 1), base))
            return line.fitted(to: width, fill: base)
        }
    }

    /// "party／subject" in `width` columns: each cut with "…" to its share, so a long party
    /// name never pushes the subject off the row; a short one leaves the subject the rest.
    static func partyAndSubject(_ party: String, _ subject: String, width: Int) -> String {
        // A subject that starts with the party's name ("某公司擅自举行…") says it once.
        let rest = subject.hasPrefix(party) ? String(subject.dropFirst(party.count)) : subject
        let subject = rest.isEmpty ? subject : rest
        let room = width - 2
        guard room > 2 else { return DisplayWidth.truncate(party, to: max(0, width)) }
        let partyShare = min(DisplayWidth.of(party), max(room / 2, room - DisplayWidth.of(subject)))
        let shownParty = DisplayWidth.truncate(party, to: partyShare)
        return shownParty + "／" + DisplayWidth.truncate(subject, to: room - DisplayWidth.of(shownParty))
    }
}
