import Localization

/// Whether a case keeps (or kept) its statutory time limit, as published.
public enum Timeliness: String, Sendable, Hashable {
    case onTime = "on-time"
    case overdue
    case notApplicable = "n/a"

    public var phrase: Phrase {
        switch self {
        case .onTime: PublicPhrases.onTime
        case .overdue: PublicPhrases.overdue
        case .notApplicable: PublicPhrases.noDeadline
        }
    }
}
