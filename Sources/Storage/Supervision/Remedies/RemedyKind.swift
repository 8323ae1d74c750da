import Localization

/// The remedy a party took against a decision: 行政复议 (行政复议法) or 行政诉讼 (行政诉讼法).
/// The raw values are those of `remedy_outcome.kind`.
public enum RemedyKind: String, Sendable, Hashable, Codable, CaseIterable {
    case review
    case litigation

    public var name: Phrase {
        switch self {
        case .review: SupervisionThirdPhrases.remedyReview
        case .litigation: SupervisionThirdPhrases.remedyLitigation
        }
    }

    /// The code or the Chinese name (复议, 行政复议, 诉讼, 行政诉讼).
    public static func parse(_ text: String) -> RemedyKind? {
        let text = text.trimmingCharacters(in: .whitespaces)
        return RemedyKind(rawValue: text) ?? allCases.first { text == $0.name.template(.zh) || text == $0.name.template(.zh).dropFirst(2) }
    }
}
