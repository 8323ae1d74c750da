import Localization
import Workflow

/// An item's flow drawn in the terminal: each working step a box, the main path joined by
/// arrows, every other move listed beside its step; the current step highlighted and the steps
/// already passed ticked. The end steps close the chart.
enum FlowchartPresenter {
    /// The chart's lines and the line of the current step's box, so the pane can scroll to it.
    static func chart(_ flow: ItemFlow, state: CaseState?, bureau: BureauDefinition, width: Int, language: Language) -> (lines: [StyledLine], current: Int) {
        var current = 0
        let lines = build(flow, state: state, bureau: bureau, width: width, language: language, current: &current)
        return (lines, current)
    }

    static func lines(_ flow: ItemFlow, state: CaseState?, bureau: BureauDefinition, width: Int, language: Language) -> [StyledLine] {
        chart(flow, state: state, bureau: bureau, width: width, language: language).lines
    }

    private static func build(_ flow: ItemFlow, state: CaseState?, bureau: BureauDefinition, width: Int, language: Language, current: inout Int) -> [StyledLine] {
        let passed = Set(state?.path ?? [])
        var lines: [StyledLine] = [
            [Span(DeskPhrases.flowTitle(flow.procedure.name).text(language), .heading)],
            [Span(DeskPhrases.flowLegend().text(language), .muted)],
        ]
        let working = flow.steps.filter { !$0.isEnd }
        let boxWidth = min(max(working.map { DisplayWidth.of($0.name) }.max() ?? 8, 8) + 6, max(12, width / 2))
        for (index, step) in working.enumerated() {
            let isCurrent = step.code == state?.step
            let mark = isCurrent ? "▶" : (passed.contains(step.code) ? "✓" : " ")
            let paused = step.clock == .paused ? "⏸" : " "
            let style: TextStyle = isCurrent ? TextStyle.selected.with(bold: true) : (passed.contains(step.code) ? .success : .plain)
            let inner = boxWidth - 2
            let label = DisplayWidth.pad(DisplayWidth.truncate("\(mark)\(paused)\(step.name)", to: inner), to: inner)
            let post = step.post.map { bureau.post($0)?.name ?? $0 } ?? ""
            if isCurrent { current = lines.count }
            lines.append([Span("┌" + String(repeating: "─", count: inner) + "┐", style)])
            lines.append([Span("│", style), Span(label, style), Span("│", style), Span(" " + post, .muted)])
            lines.append([Span("└" + String(repeating: "─", count: inner) + "┘", style)])
            let next = index + 1 < working.count ? working[index + 1].code : nil
            // Operations every step offers (suspend, extend, withdraw...) on one line, the moves
            // that shape this flow one line each.
            let operations = step.actions.filter { $0.kind.isAbnormal && $0.kind != .return && $0.kind != .correction || $0.kind == .resume }
            for action in step.actions where !operations.contains(action) {
                let target = action.kind.staysAtStep ? nil : action.to
                if target == next, action.kind == .forward { continue }
                let targetName = target.flatMap { flow.step($0)?.name } ?? "↺"
                let arrow = action.kind == .return ? "↩" : "→"
                let taken = state?.history.contains { $0.from == step.code && $0.action == action.code } ?? false
                lines.append([Span("   " + (taken ? "✓" : "·") + " \(action.name) \(arrow) \(targetName)", taken ? .success : .muted)])
            }
            if !operations.isEmpty {
                lines.append([Span("   ⋯ " + operations.map(\.name).joined(separator: "、"), .muted)])
            }
            if next != nil {
                let onward = step.actions.first { $0.to == next && $0.kind == .forward }
                let centre = String(repeating: " ", count: boxWidth / 2)
                lines.append([Span(centre + "│" + (onward.map { " " + $0.name } ?? ""), .muted)])
                lines.append([Span(centre + "▼", .muted)])
            }
        }
        let ends = flow.steps.filter(\.isEnd)
        if !ends.isEmpty {
            var endLine: StyledLine = [Span("■ ", .muted)]
            for (index, end) in ends.enumerated() {
                let isCurrent = end.code == state?.step
                endLine.append(Span(end.name, isCurrent ? TextStyle.selected.with(bold: true) : .plain))
                if index + 1 < ends.count { endLine.append(Span("  ", .plain)) }
            }
            lines.append(endLine)
        }
        return lines.map { $0.fitted(to: width) }
    }
}
