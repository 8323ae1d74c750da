import Localization

/// How urgent a deadline looks on the queue: the colours the bureau's supervision rules use.
public enum DeadlineLevel: String, Sendable, Codable, CaseIterable {
    case normal
    /// 预警: the policy's warning window has been reached.
    case yellow
    /// 超期: the due date has passed.
    case red

    public var label: Message {
        switch self {
        case .normal: CalendarPhrases.levelNormal()
        case .yellow: CalendarPhrases.levelYellow()
        case .red: CalendarPhrases.levelRed()
        }
    }
}
