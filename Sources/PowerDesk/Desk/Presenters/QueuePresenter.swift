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

    static func lines(_ rows: [Row], selected: Int?, width: Int, language: Language) -> [StyledLine] {
        guard !rows.isEmpty else { return [[Span(DeskPhrases.queueEmpty().text(language), .muted)].fitted(to: width)] }
        let stepWidth = width >= 50 ? 12 : 8
        return rows.enumerated().map { index, row in
            let isSelected = index == selected
            let base = isSelected ? TextStyle.selected : .plain
            var line: StyledLine = [
                Span(row.tagged ? "*" : " ", base.with(bold: true)),
                Span(row.badge.symbol, row.badge.style.with(reverse: isSelected)),
                Span(row.state.id + " ", base),
                Span(DisplayWidth.pad(DisplayWidth.truncate(row.stepName, to: stepWidth - 1), to: stepWidth), base),
                Span(DisplayWidth.pad(row.badge.text, to: 7), row.badge.style.with(reverse: isSelected)),
                Span(row.state.party.name + "／" + row.state.subject, base),
            ]
            line = line.fitted(to: width, fill: base)
            return line
        }
    }
}
