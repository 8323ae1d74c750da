import Foundation
import Localization
import Storage
import Workflow

/// The board as lines: title, the table (name, a bar of the selected measure, the measures that
/// fit, scrolled sideways to keep the selected one on screen), the total, two weekly sparklines
/// and the legend. A pure function of its inputs, tested on an in-memory screen.
enum BoardPresenter {
    struct Selection: Hashable {
        /// Row index; `rows.count` is the total row.
        var row = 0
        var measure = 0
        /// First row and first measure column on screen.
        var top = 0
        var firstMeasure = 0
    }

    static let measures = BoardMeasure.allCases
    static let cellWidth = 7

    static func label(_ measure: BoardMeasure) -> Phrase {
        switch measure {
        case .received: SupervisionPhrases.received
        case .accepted: SupervisionPhrases.accepted
        case .inProgress: SupervisionPhrases.inProgress
        case .done: SupervisionPhrases.done
        case .overdue: SupervisionPhrases.overdue
        case .overdueDays: SupervisionPhrases.overdueDays
        case .yellow: SupervisionPhrases.yellow
        case .red: SupervisionPhrases.red
        case .suspended: SupervisionPhrases.suspended
        case .returned: SupervisionPhrases.returned
        case .corrected: SupervisionPhrases.corrected
        case .abnormal: SupervisionPhrases.abnormal
        case .deviation: SupervisionPhrases.deviation
        case .reduced: SupervisionPhrases.reduced
        case .averageUsed: SupervisionPhrases.averageUsed
        case .p90Used: SupervisionPhrases.p90Used
        case .limit: SupervisionPhrases.limit
        case .notices: SupervisionPhrases.notices
        }
    }

    static func dimensionName(_ dimension: BoardDimension) -> Phrase {
        switch dimension {
        case .item: SupervisionPhrases.byItem
        case .section: SupervisionPhrases.bySection
        case .officer: SupervisionPhrases.byOfficer
        }
    }

    static func periodName(_ length: BoardPeriod.Length) -> Phrase {
        switch length {
        case .month: SupervisionPhrases.periodMonth
        case .quarter: SupervisionPhrases.periodQuarter
        case .year: SupervisionPhrases.periodYear
        }
    }

    /// Widths of the name and bar columns, and how many measure columns fit beside them.
    static func layout(width: Int) -> (name: Int, bar: Int, cells: Int) {
        let name = width >= 120 ? 22 : 14
        let bar = width >= 120 ? 16 : 10
        return (name, bar, max(1, (width - name - bar - 1) / cellWidth))
    }

    /// The rows under the total, before the legend (`footer`): two sparklines, the feed's lag and
    /// the 双公示 deadline.
    static let footerRows = 4

    /// Rows of the table that fit: the screen less title, header, total, the footer, legend.
    static func tableHeight(_ height: Int) -> Int { max(1, height - 4 - footerRows) }

    /// Counts with nothing counted are 0; times with no closed case to measure are "—".
    static func value(_ value: Double?, _ measure: BoardMeasure) -> String {
        guard let value else { return measure.drillsDown || measure == .overdueDays ? "0" : "—" }
        if measure == .averageUsed { return String(format: "%.1f", value) }
        return String(Int(value.rounded()))
    }

    static func frame(
        _ report: BoardReport, selection: Selection, width: Int, height: Int, language: Language, legend: StyledLine, feed: BoardFeedRow = BoardFeedRow(),
        disclosure: DisclosureDeadlineReport? = nil
    ) -> [StyledLine] {
        let (nameWidth, barWidth, cells) = layout(width: width)
        let shown = Array(measures.dropFirst(selection.firstMeasure).prefix(cells))
        let selectedMeasure = measures[min(max(0, selection.measure), measures.count - 1)]
        var lines: [StyledLine] = []
        let title = SupervisionPhrases.boardTitle(report.period.from.description, report.period.through.description, dimensionName(report.dimension))
            .text(language) + "　" + periodName(report.period.length).template(language)
        lines.append([Span(title, .title)].fitted(to: width, fill: .title))

        var header: StyledLine = [Span(DisplayWidth.pad(DisplayWidth.truncate(dimensionName(report.dimension).template(language), to: nameWidth - 1), to: nameWidth), .heading)]
        header.append(Span(DisplayWidth.pad(DisplayWidth.truncate(label(selectedMeasure).template(language), to: barWidth), to: barWidth), .muted))
        for measure in shown {
            let text = DisplayWidth.truncate(label(measure).template(language), to: cellWidth - 1)
            header.append(Span(leftPad(text, to: cellWidth), measure == selectedMeasure ? TextStyle.heading.with(reverse: true) : .heading))
        }
        lines.append(header.fitted(to: width))

        let maximum = report.rows.compactMap { $0[selectedMeasure] }.max() ?? 0
        let visible = tableHeight(height)
        if report.rows.isEmpty {
            lines.append([Span(SupervisionPhrases.empty.template(language), .muted)].fitted(to: width))
        }
        for index in selection.top..<min(report.rows.count, selection.top + visible) {
            let row = report.rows[index]
            lines.append(line(row, shown: shown, selected: index == selection.row ? selectedMeasure : nil, nameWidth: nameWidth,
                              bar: BoardChart.bar(row[selectedMeasure] ?? 0, maximum: maximum, width: barWidth), barWidth: barWidth, width: width))
        }
        while lines.count < 2 + visible { lines.append([]) }
        let total = BoardRow(key: nil, name: SupervisionPhrases.total.template(language), values: report.total.values)
        lines.append(line(total, shown: shown, selected: selection.row == report.rows.count ? selectedMeasure : nil, nameWidth: nameWidth,
                          bar: "", barWidth: barWidth, width: width, total: true))
        lines += footer(report, feed: feed, disclosure: disclosure, language: language, width: width)
        lines.append(legend.fitted(to: width))
        return Array(lines.prefix(height))
    }

    /// The rows under the total, one element each (`footerRows` of them), so a row added here
    /// merges as one line.
    static func footer(_ report: BoardReport, feed: BoardFeedRow, disclosure: DisclosureDeadlineReport?, language: Language, width: Int) -> [StyledLine] {
        [
            sparkline(SupervisionPhrases.intakeSparkline, report.weeklyIntake, language: language, style: .accent, width: width),
            sparkline(SupervisionPhrases.overdueSparkline, report.weeklyOverdue, language: language, style: .danger, width: width),
            feed.line(language: language, width: width),
            DisclosureBoardLine.line(disclosure, language: language, width: width),
        ]
    }

    static func line(
        _ row: BoardRow, shown: [BoardMeasure], selected: BoardMeasure?, nameWidth: Int, bar: String, barWidth: Int, width: Int, total: Bool = false
    ) -> StyledLine {
        let name = DisplayWidth.pad(DisplayWidth.truncate(row.name, to: nameWidth - 1), to: nameWidth)
        var spans: StyledLine = [Span(name, selected != nil ? TextStyle.heading : total ? .heading : .plain)]
        spans.append(Span(DisplayWidth.pad(bar, to: barWidth), .accent))
        for measure in shown {
            let style: TextStyle = measure == selected ? .selected : style(for: measure, value: row[measure])
            spans.append(Span(leftPad(value(row[measure], measure), to: cellWidth), total ? style.with(bold: true) : style))
        }
        return spans.fitted(to: width)
    }

    /// Red and overdue numbers above zero stand out, yellow ones warn.
    static func style(for measure: BoardMeasure, value: Double?) -> TextStyle {
        guard let value, value > 0 else { return .plain }
        switch measure {
        case .red, .overdue, .overdueDays: return .danger
        case .yellow: return .warning
        default: return .plain
        }
    }

    static func sparkline(_ phrase: Phrase, _ values: [Int], language: Language, style: TextStyle, width: Int) -> StyledLine {
        let text = phrase(BoardChart.sparkline(values), values.max() ?? 0).text(language)
        return [Span(text, style)].fitted(to: width)
    }

    static func leftPad(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// The cases behind a number: one line each, the selected one reversed.
    static func drillFrame(
        title: String, note: String?, lines rows: [StyledLine], selected: Int, top: Int, width: Int, height: Int, legend: StyledLine
    ) -> [StyledLine] {
        var lines: [StyledLine] = [[Span(title, .title)].fitted(to: width, fill: .title)]
        if let note { lines.append([Span(note, .muted)].fitted(to: width)) }
        let room = max(1, height - lines.count - 1)
        for (index, row) in rows.enumerated().dropFirst(top).prefix(room) {
            let fitted = row.fitted(to: width)
            lines.append(index == selected ? fitted.map { Span($0.text, $0.style.with(reverse: true)) } : fitted)
        }
        while lines.count < height - 1 { lines.append([]) }
        lines.append(legend.fitted(to: width))
        return lines
    }
}
