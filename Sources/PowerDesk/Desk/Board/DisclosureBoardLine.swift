import Localization
import Storage

/// The board's 双公示 row (issue 16): decisions pending, unpublished past the deadline and published
/// late; red when any is late. `supervise board` lists the cases behind the numbers.
enum DisclosureBoardLine {
    static func line(_ report: DisclosureDeadlineReport?, language: Language, width: Int) -> StyledLine {
        guard let report else { return [] }
        let style: TextStyle = report.late > 0 ? .danger : report.pending.isEmpty ? .muted : .warning
        return [Span(DisclosureDeadlineText.summary(report, language: language), style)].fitted(to: width)
    }
}
