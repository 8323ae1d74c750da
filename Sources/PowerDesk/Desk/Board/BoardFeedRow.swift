import Foundation
import Localization
import Storage

/// The board's row for the feed (R21, issue 17): per target the records not yet delivered and
/// the hours since the oldest of them, red past the configured limit (`feed-lag-red-hours`,
/// default 20 — R21 asks for delivery every 24 hours, leaving time to act).
struct BoardFeedRow: Hashable {
    var lags: [FeedLag] = []
    var redAfterHours = BoardFeedRow.defaultRedAfterHours

    static let defaultRedAfterHours = 20.0
    static let configurationKey = "feed-lag-red-hours"

    /// The limit from the configuration text: hours from 1 to 168, else the default.
    static func redAfterHours(_ text: String?) -> Double {
        guard let text, let hours = Double(text.trimmingCharacters(in: .whitespaces)), (1...168).contains(hours) else { return defaultRedAfterHours }
        return hours
    }

    func line(language: Language, width: Int) -> StyledLine {
        let limit = redAfterHours == redAfterHours.rounded() ? String(Int(redAfterHours)) : String(redAfterHours)
        var spans: StyledLine = [Span(SupervisionThirdPhrases.feedLagLabel(limit).text(language), .muted)]
        if lags.isEmpty { spans.append(Span(SupervisionThirdPhrases.feedLagNone.template(language), .muted)) }
        for (index, lag) in lags.enumerated() {
            if index > 0 { spans.append(Span("　")) }
            var text = SupervisionThirdPhrases.feedLagTarget(lag.target, lag.records, String(format: "%.1f", lag.hours)).text(language)
            if lag.lastError != nil { text += SupervisionThirdPhrases.feedLagError.template(language) }
            spans.append(Span(text, lag.isRed ? .danger : .success))
        }
        return spans.fitted(to: width)
    }
}
