/// Penalty types of 行政处罚法 Art. 9 that 《宗教事务条例》 chapter 8 uses, and the measures
/// (责令改正 and the like) that Art. 28 says are not penalties but that decisions still order.
public enum PenaltyKind: String, Sendable, Hashable, Codable, CaseIterable {
    case warning = "warning"
    case fine = "fine"
    case confiscateGains = "confiscate-gains"
    case confiscateProperty = "confiscate-property"
    case revoke = "revoke"
    case suspendActivities = "suspend-activities"
    case orderCorrection = "order-correction"
    case orderStop = "order-stop"
    case ban = "ban"
    case replaceOfficer = "replace-officer"
    case demolish = "demolish"
    case revokeSite = "revoke-site"
    case recommendDismissal = "recommend-dismissal"

    /// A measure is ordered with a decision but is not a penalty of Art. 9.
    public var isMeasure: Bool {
        switch self {
        case .warning, .fine, .confiscateGains, .confiscateProperty, .revoke, .suspendActivities: false
        case .orderCorrection, .orderStop, .ban, .replaceOfficer, .demolish, .revokeSite, .recommendDismissal: true
        }
    }

    /// Only a fine carries an amount that the law bounds.
    public var hasAmount: Bool { self == .fine }
}
