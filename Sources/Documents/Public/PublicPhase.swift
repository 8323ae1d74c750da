import Localization

/// Where a case stands as the public sees it (办理动态): received (nothing done yet but the
/// opening), in progress, suspended (the clock stopped by law) or concluded.
public enum PublicPhase: String, Sendable, Hashable, CaseIterable {
    case received
    case inProgress = "in-progress"
    case suspended
    case concluded

    public var phrase: Phrase {
        switch self {
        case .received: PublicPhrases.phaseReceived
        case .inProgress: PublicPhrases.phaseInProgress
        case .suspended: PublicPhrases.phaseSuspended
        case .concluded: PublicPhrases.phaseConcluded
        }
    }
}
