import Localization

/// Display names of penalty kinds, from the catalogue.
public enum PenaltyNames {
    public static func phrase(_ kind: PenaltyKind) -> Phrase {
        switch kind {
        case .warning: EnginePhrases.kindWarning
        case .fine: EnginePhrases.kindFine
        case .confiscateGains: EnginePhrases.kindConfiscateGains
        case .confiscateProperty: EnginePhrases.kindConfiscateProperty
        case .revoke: EnginePhrases.kindRevoke
        case .suspendActivities: EnginePhrases.kindSuspendActivities
        case .orderCorrection: EnginePhrases.kindOrderCorrection
        case .orderStop: EnginePhrases.kindOrderStop
        case .ban: EnginePhrases.kindBan
        case .replaceOfficer: EnginePhrases.kindReplaceOfficer
        case .demolish: EnginePhrases.kindDemolish
        case .revokeSite: EnginePhrases.kindRevokeSite
        case .recommendDismissal: EnginePhrases.kindRecommendDismissal
        }
    }

}
